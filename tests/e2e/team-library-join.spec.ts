import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { startServer, stop, type Server } from './fixtures.js';
import { createTestDatabase, startPostgresCluster, type PostgresCluster } from '../support/postgres.js';
import { cuttings, startTeamServe, type RunningTeamServer } from '../support/team-cli.js';

const PASSWORD = 'a long team passphrase';

const HARBOUR = [
  'Harbour cranes stand idle as dockers strike',
  'By Ines Varga',
  'KESTRELPORT, March 3 — Dockers at Kestrelport stopped work on Monday over night-shift pay, leaving twelve container ships waiting outside the breakwater.',
  '“We will not load a single box until the offer is in writing,” said Tomas Brell, who leads the dockers’ union.',
  'The port authority said talks would resume on Wednesday.',
].join('\n\n');

const RAIL = [
  'Night trains return to the valley line',
  'By Lena Moor',
  'ORVIDA, June 2 — Night trains run again on the valley line from Friday, the operator said, after a year of track work.',
  'Tickets go on sale on Tuesday.',
].join('\n\n');

let cluster: PostgresCluster | undefined;
let team: RunningTeamServer | undefined;
let database = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startPostgresCluster();
  database = (await createTestDatabase({ host: cluster.host, port: cluster.port, user: cluster.user }, 'team_join_e2e')).url;
  const db = ['--database', database];
  expect((await cuttings(['team', 'init', ...db, '--admin', 'ada', '--password-stdin'], PASSWORD)).stderr).toBe('');
  expect((await cuttings(['team', 'user', 'add', 'ed', '--role', 'editor', '--password-stdin', ...db], PASSWORD)).stderr).toBe('');
  expect((await cuttings(['team', 'user', 'add', 'rita', '--role', 'reader', '--password-stdin', ...db], PASSWORD)).stderr).toBe('');
  team = await startTeamServe([...db, '--listen', '127.0.0.1:0', '--plain-http']);
});

test.afterAll(async () => {
  await team?.stop();
  cluster?.stop();
});

/** Browser mode on a fresh personal library, with its own user-data folder (where team links are kept). */
async function personalLibrary(): Promise<{ server: Server; page: (p: Page) => Promise<void>; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'cuttings-team-join-'));
  const { server, child }: { server: Server; child: ChildProcess } = await startServer(join(dir, 'library.db'), {
    userData: join(dir, 'config'),
  });
  return {
    server,
    page: async (p) => {
      await p.goto(await server.newLink());
      await expect(p.getByRole('navigation', { name: 'Library' })).toBeVisible();
    },
    close: async () => {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const switcher = (page: Page) => page.getByRole('button', { name: /, switch library$/ });
const toast = (page: Page) => page.getByRole('group', { name: 'Notification' });

async function openTeamLibrary(page: Page, origin: string, name: string, password = PASSWORD): Promise<void> {
  await switcher(page).click();
  await page.getByRole('menuitem', { name: 'Open team library…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a team library' });
  await dialog.getByLabel('Server address').fill(origin);
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Password').fill(password);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
}

/** A teammate's call, made straight through the team server's API as they would from their browser; its value. */
async function asTeammate<T = unknown>(origin: string, method: string, args: unknown): Promise<T> {
  const login = await fetch(`${origin}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'ada', password: PASSWORD }),
  });
  const { value } = (await login.json()) as { value: { csrf: string } };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-cuttings-csrf': value.csrf },
    body: JSON.stringify(args),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: T }).value;
}

interface SentFields {
  createdAt: string;
  date: string | null;
  raw: string;
  highlights: { exact: string; start: number; end: number; color: string; note: string; createdAt: string }[];
}
interface SentEdit {
  at: string;
  user: string;
  via: string;
  changes: unknown[];
}

/** What a send must carry over unchanged: when it was clipped, its date, paste and highlights. */
const lossless = ({ createdAt, date, raw, highlights }: SentFields) => ({
  createdAt,
  date,
  raw,
  highlights: highlights.map(({ exact, start, end, color, note, createdAt: at }) => ({ exact, start, end, color, note, at })),
});
const history = (edits: SentEdit[]) => edits.map(({ at, user, via, changes }) => ({ at, user, via, changes }));

test('the app opens a team library beside the personal one, switches, and sends clips with their paste, tags, notes and highlights', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const personal = await personalLibrary();
  try {
    const { server } = personal;
    const harbour = await server.call<{ id: number; paragraphs: string[] }>('clips.create', {
      text: HARBOUR,
      url: 'https://news.example/kestrelport-strike',
    });
    const rail = await server.call<{ id: number }>('clips.create', { text: RAIL });
    await server.call('tags.apply', { clipIds: [harbour.id], names: ['ports/strikes'] });
    await server.call('clips.update', { id: harbour.id, fields: { notes: 'Ask the union about the **written offer**.' } });
    await server.call('clips.update', { id: harbour.id, fields: { source: 'Kestrelport Courier', date: '2024-03-04' } });
    const body = harbour.paragraphs.join('\n\n');
    const exact = 'twelve container ships';
    await server.call('highlights.add', {
      clipId: harbour.id,
      exact,
      start: body.indexOf(exact),
      end: body.indexOf(exact) + exact.length,
      color: 'green',
      note: 'check the count',
    });
    await personal.page(page);
    await expect(switcher(page)).toContainText('Personal library');

    // A server that does not answer never refused the password, so it stays as typed.
    await openTeamLibrary(page, 'http://127.0.0.1:9', 'ed', PASSWORD);
    const dialog = page.getByRole('dialog', { name: 'Open a team library' });
    await expect(dialog.getByRole('alert')).toContainText('cannot be reached');
    await expect(dialog.getByLabel('Password')).toHaveValue(PASSWORD);

    // A wrong password is said in the dialog, which stays open, the password cleared.
    await dialog.getByLabel('Server address').fill(team!.origin);
    await dialog.getByLabel('Password').fill('not the password');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog.getByRole('alert')).toContainText('do not match');
    await expect(dialog.getByLabel('Password')).toHaveValue('');
    await dialog.screenshot({ path: test.info().outputPath('team-join-dialog.png') });
    await dialog.getByLabel('Password').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog).toBeHidden();

    // The team library is shown, named in the switcher with the member signed in.
    const host = new URL(team!.origin).host;
    await expect(switcher(page)).toContainText(host);
    await expect(switcher(page)).toContainText('ed · editor');
    await expect(page.getByText('No clips yet')).toBeVisible();
    await expect(page.getByLabel('Signed in')).toContainText('ed · editor');

    // A teammate's clip shows up live.
    await asTeammate(team!.origin, 'clips.create', {
      text: 'Ferry timetable cut for winter\n\nKESTRELPORT, Nov. 1 — The island ferry will sail twice a day from December.',
    });
    await expect(page.getByRole('option', { name: /Ferry timetable cut for winter/ })).toBeVisible();
    await switcher(page).click();
    await page.screenshot({ path: test.info().outputPath('team-join-switcher.png') });
    await page.getByRole('menuitemradio', { name: 'Personal library' }).click();
    await expect(switcher(page)).toContainText('Personal library');
    await expect(page.getByRole('option', { name: /Harbour cranes stand idle/ })).toBeVisible();
    await expect(page.getByRole('option', { name: /Ferry timetable/ })).toHaveCount(0);

    // Two picked clips go to the team library at once.
    await page.locator(`[data-clip-id="${harbour.id}"]`).click();
    await page.locator(`[data-clip-id="${rail.id}"]`).click({ modifiers: ['Shift'] });
    await page.locator(`[data-clip-id="${rail.id}"]`).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Send 2 clips to team library…' }).click();
    await expect(toast(page)).toContainText(`Sent 2 clips to the team library ${host}.`);

    // The team's copy is the personal clip as it was: clipped at the same moment, same date, paste, highlights and history.
    const personalClip = await server.call<SentFields>('clips.get', { id: harbour.id });
    const personalHistory = await server.call<SentEdit[]>('clips.history', { id: harbour.id });
    expect(personalHistory).toHaveLength(1);
    const [teamHit] = (await asTeammate<{ hits: { id: number }[] }>(team!.origin, 'search.query', { query: 'dockers' })).hits;
    const teamClip = await asTeammate<SentFields>(team!.origin, 'clips.get', { id: teamHit!.id });
    expect(lossless(teamClip)).toEqual(lossless(personalClip));
    expect(history(await asTeammate<SentEdit[]>(team!.origin, 'clips.history', { id: teamHit!.id }))).toEqual(history(personalHistory));

    // Sent again, they are recognised as already there.
    await page.locator(`[data-clip-id="${rail.id}"]`).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Send 2 clips to team library…' }).click();
    await expect(toast(page)).toContainText(`Sent 0 clips to the team library ${host}. 2 clips were there already.`);
    await toast(page).getByRole('button', { name: 'Show' }).click();

    // In the team library the clip keeps its fields, tags, notes and highlights, and its paste.
    await expect(switcher(page)).toContainText(host);
    const reader = page.getByRole('article');
    // Show opens the team's copy of a sent clip.
    await expect(page.getByRole('option', { selected: true })).toHaveCount(1);
    await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('option', { name: /Harbour cranes stand idle/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Harbour cranes stand idle as dockers strike' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Tags on this clip' })).toContainText('ports/strikes');
    await expect(reader.locator('[data-highlight-id]')).toHaveText('twelve container ships');
    await expect(reader.locator('[data-highlight-id]')).toHaveClass(/green/);
    await expect(page.getByRole('region', { name: 'Notes' }).locator('strong')).toHaveText('written offer');
    await expect(reader.getByRole('link', { name: 'Open original' })).toHaveAttribute('href', 'https://news.example/kestrelport-strike');
    await page.screenshot({ path: test.info().outputPath('team-join-sent-clip.png') });
    await expect(page.getByRole('option', { name: /Night trains return to the valley line/ })).toBeVisible();

    // The team library is remembered: a new page of the same app finds it signed in.
    await page.reload();
    await switcher(page).click();
    await expect(page.getByRole('menuitemradio', { name: `${host} — ed` })).toBeVisible();
    await page.keyboard.press('Escape');
  } finally {
    await personal.close();
  }
});

test('a reader is told why they cannot send; a team server that stops is said in words while the personal library keeps working', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const personal = await personalLibrary();
  const second = await startTeamServe(['--database', database, '--listen', '127.0.0.1:0', '--plain-http']);
  try {
    const clip = await personal.server.call<{ id: number }>('clips.create', { text: RAIL });
    await personal.page(page);
    await openTeamLibrary(page, second.origin, 'rita');
    await expect(switcher(page)).toContainText('rita · reader');
    await switcher(page).click();
    await page.getByRole('menuitemradio', { name: 'Personal library' }).click();

    await page.locator(`[data-clip-id="${clip.id}"]`).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Send to team library…' }).click();
    await expect(toast(page)).toContainText('You are a reader in the team library');
    await expect(toast(page)).toContainText('Ask one of its administrators for the editor role');

    // The server goes away: showing the team library says so, and what to do.
    await second.stop();
    await switcher(page).click();
    await page.getByRole('menuitemradio', { name: /rita/ }).click();
    const warning = page.getByRole('alert', { name: 'Team library not reached' });
    await expect(warning).toContainText('cannot be reached');
    await expect(warning).toContainText('VPN');
    // It is said once: the list points to it, and no toast repeats it for the tags or collections.
    await expect(
      page.getByRole('alert').filter({ hasText: 'Nothing can be read from the team library until it answers again.' }),
    ).toBeVisible();
    await expect(page.getByText('cannot be reached')).toHaveCount(1);
    await expect(toast(page)).toHaveCount(0);
    // Its counts are not known, so none is shown, rather than an empty library's 0.
    await expect(page.getByRole('button', { name: /^All clips/ })).toHaveText('All clips');
    // The reader is not left blank: it says what it would show, and the way back.
    const reader = page.getByRole('region', { name: 'Reader' });
    await expect(reader.getByText('Team library not reached')).toBeVisible();
    await expect(reader).toContainText('Your personal library works as before.');
    await page.screenshot({ path: test.info().outputPath('team-join-unreachable.png') });
    await warning.getByRole('button', { name: 'Personal library' }).click();
    await expect(switcher(page)).toContainText('Personal library');
    await expect(page.getByRole('option', { name: /Night trains return/ })).toBeVisible();
  } finally {
    await second.stop();
    await personal.close();
  }
});

test('a session the server ended is said in the sidebar, and signing in again asks for the password only', async ({ page }) => {
  test.setTimeout(60_000);
  const db = ['--database', database];
  expect((await cuttings(['team', 'user', 'add', 'sam', '--role', 'editor', '--password-stdin', ...db], PASSWORD)).stderr).toBe('');
  const personal = await personalLibrary();
  try {
    await personal.page(page);
    await openTeamLibrary(page, team!.origin, 'sam');
    await expect(switcher(page)).toContainText('sam · editor');

    // Removing a member ends their sessions: the app's next call finds it so.
    expect((await cuttings(['team', 'user', 'remove', 'sam', ...db])).stderr).toBe('');
    await page.getByRole('button', { name: /^All clips/ }).click();
    const warning = page.getByRole('alert', { name: 'Team library not reached' });
    await expect(warning).toContainText('has ended');
    await warning.getByRole('button', { name: 'Sign in again…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a team library' });
    await expect(dialog.getByLabel('Server address')).toHaveValue(team!.origin);
    await expect(dialog.getByLabel('Name')).toHaveValue('sam');
    await expect(dialog.getByLabel('Password')).toBeFocused();
    await dialog.getByLabel('Password').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog.getByRole('alert')).toContainText('do not match');
  } finally {
    await personal.close();
  }
});
