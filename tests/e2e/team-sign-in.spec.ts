import { expect, test, type Page } from '@playwright/test';
import { pasteIntoPage } from './fixtures.js';
import { createTestDatabase, startPostgresCluster, type PostgresCluster } from '../support/postgres.js';
import { cuttings, startTeamServe, type RunningTeamServer } from '../support/team-cli.js';

const PASSWORD = 'a long team passphrase';

let cluster: PostgresCluster | undefined;
let server: RunningTeamServer | undefined;
let databaseArgs: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startPostgresCluster();
  const database = await createTestDatabase({ host: cluster.host, port: cluster.port, user: cluster.user }, 'team_e2e');
  const db = ['--database', database.url];
  databaseArgs = db;
  expect((await cuttings(['team', 'init', ...db, '--admin', 'ada', '--password-stdin'], PASSWORD)).stderr).toBe('');
  expect((await cuttings(['team', 'user', 'add', 'rita', '--role', 'reader', '--password-stdin', ...db], PASSWORD)).stderr).toBe('');
  expect((await cuttings(['team', 'user', 'add', 'noor', '--role', 'editor', '--password-stdin', ...db], PASSWORD)).stderr).toBe('');
  server = await startTeamServe([...db, '--listen', '127.0.0.1:0', '--plain-http']);
});

test.afterAll(async () => {
  await server?.stop();
  cluster?.stop();
});

test('a teammate signs in on the form and the app loads their library; a wrong password is refused on the form', async ({ page }) => {
  await page.goto(server!.origin);
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel('Name').fill('rita');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match');
  await page.screenshot({ path: test.info().outputPath('team-sign-in.png') });

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('No clips yet')).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'cuttings_team_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  // The app's own calls carry the CSRF header: the library loaded, and a reader's write is refused by role.
  const refusal = await page.evaluate(async () => {
    const csrf = /cuttings_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
    const response = await fetch('/api/tags.apply', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cuttings-csrf': csrf },
      body: JSON.stringify({ clipIds: [1], names: ['x'] }),
    });
    return [response.status, ((await response.json()) as { error: { message: string } }).error.message];
  });
  expect(refusal[0]).toBe(403);
  expect(refusal[1]).toContain('needs the editor role');
});

async function signIn(page: Page, name: string): Promise<void> {
  await page.goto(`${server!.origin}/login`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
}

test('teammates see who is signed in, and the activity log lists who changed what, live', async ({ browser }) => {
  const ada = await browser.newPage();
  const rita = await browser.newPage();
  await signIn(ada, 'ada');
  await signIn(rita, 'rita');
  await expect(rita.getByLabel('Signed in')).toContainText('rita · reader');

  await pasteIntoPage(
    ada,
    'Night trains return to the coast line\n\nBy Lena Moor\n\nPORTVALE, June 2 — Night trains run again on the coast line from Friday, the operator said.',
  );
  await ada.getByRole('dialog', { name: 'Review clip' }).getByLabel('Title', { exact: true }).press('Enter');
  await expect(rita.getByRole('option', { name: /Night trains return/ })).toBeVisible();

  await rita.getByRole('button', { name: 'Activity' }).click();
  const changes = rita.getByRole('list', { name: 'Changes' });
  await expect(changes.getByRole('listitem').first()).toContainText('ada clipped “Night trains return to the coast line”');
  // A change made while the log is open appears at its top without a reload.
  const picker = ada.getByRole('combobox', { name: 'Add a tag' });
  await picker.fill('transport');
  await picker.press('Enter');
  await expect(changes.getByRole('listitem').first()).toContainText('ada tagged “Night trains return to the coast line”');
  await expect(changes.getByRole('listitem').first()).toContainText('transport');
  await changes.getByRole('listitem').first().getByRole('button').click();
  await expect(rita.getByRole('heading', { level: 1, name: 'Night trains return to the coast line' })).toBeVisible();
  await rita.screenshot({ path: test.info().outputPath('team-activity.png') });

  // A reader is shown what they may do, not buttons the server would refuse.
  await expect(rita.getByText('Read only')).toBeVisible();
  await expect(rita.getByRole('button', { name: 'Move to Trash' })).toHaveCount(0);
  await expect(rita.getByRole('button', { name: 'New clip' })).toBeDisabled();
  await pasteIntoPage(rita, 'A reader’s paste\n\nIt should not open the review.');
  await expect(rita.getByText(/you are a reader in this team library/i)).toBeVisible();
  await expect(rita.getByRole('dialog', { name: 'Review clip' })).toHaveCount(0);

  await rita.getByRole('button', { name: 'Sign out' }).click();
  await expect(rita).toHaveURL(/\/login$/);
  await ada.close();
  await rita.close();
});

test('a member changes their own password: a wrong current one and differing new ones are refused, other sessions end', async ({
  browser,
}) => {
  const NEW_PASSWORD = 'a new team passphrase';
  const elsewhere = await browser.newPage();
  await signIn(elsewhere, 'noor');
  const here = await browser.newPage();
  await signIn(here, 'noor');

  await here.getByRole('button', { name: 'Change password' }).click();
  const dialog = here.getByRole('dialog', { name: 'Change your password' });
  await dialog.getByLabel('Current password').fill('not my password');
  await dialog.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await dialog.getByLabel('New password again').fill('a new team passphrasf');
  await expect(dialog.getByRole('alert')).toContainText('differ');
  await expect(dialog.getByRole('button', { name: 'Change password' })).toBeDisabled();
  await dialog.getByLabel('New password again').fill(NEW_PASSWORD);
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not your current password');

  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog).toBeHidden();
  await expect(here.getByText('Password changed.')).toBeVisible();
  await here.reload();
  await expect(here.getByLabel('Signed in')).toContainText('noor · editor');
  await here.getByRole('button', { name: 'Activity' }).click();
  await expect(here.getByText('changed their password')).toBeVisible();
  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/login$/);
  await elsewhere.getByLabel('Name').fill('noor');
  await elsewhere.getByLabel('Password').fill(NEW_PASSWORD);
  await elsewhere.getByRole('button', { name: 'Sign in' }).click();
  await expect(elsewhere.getByRole('navigation', { name: 'Library' })).toBeVisible();
});

test('a role an administrator changes shows at the member’s next step, without signing in again', async ({ page }) => {
  expect((await cuttings(['team', 'user', 'add', 'omar', '--role', 'editor', '--password-stdin', ...databaseArgs], PASSWORD)).stderr).toBe(
    '',
  );
  await signIn(page, 'omar');
  await expect(page.getByLabel('Signed in')).toContainText('omar · editor');

  expect((await cuttings(['team', 'user', 'role', 'omar', 'reader', ...databaseArgs])).stderr).toBe('');
  await page.getByRole('searchbox', { name: 'Search clips' }).fill('trains');
  await expect(page.getByLabel('Signed in')).toContainText('omar · reader');
});
