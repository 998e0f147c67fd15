import { expect, test } from '@playwright/test';
import { createTestDatabase, startPostgresCluster, type PostgresCluster } from '../support/postgres.js';
import { cuttings, startTeamServe, type RunningTeamServer } from '../support/team-cli.js';

const PASSWORD = 'a long team passphrase';

let cluster: PostgresCluster | undefined;
let server: RunningTeamServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startPostgresCluster();
  const database = await createTestDatabase({ host: cluster.host, port: cluster.port, user: cluster.user }, 'team_e2e');
  const db = ['--database', database.url];
  expect((await cuttings(['team', 'init', ...db, '--admin', 'ada', '--password-stdin'], PASSWORD)).stderr).toBe('');
  expect((await cuttings(['team', 'user', 'add', 'rita', '--role', 'reader', '--password-stdin', ...db], PASSWORD)).stderr).toBe('');
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
