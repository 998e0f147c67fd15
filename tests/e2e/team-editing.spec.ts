import { expect, test, type Browser, type Page } from '@playwright/test';
import { pasteIntoPage } from './fixtures.js';
import { createTestDatabase, startPostgresCluster, type PostgresCluster } from '../support/postgres.js';
import { cuttings, startTeamServe, type RunningTeamServer } from '../support/team-cli.js';

const PASSWORD = 'a long team passphrase';
const READER_ARTICLE =
  'Lock gates jam on the river canal\n\nLOWMARSH, April 5 — The lock gates at Fennick jammed on Saturday, closing it to shipping for a day, the canal trust said. Nobody was hurt.';
const ARTICLE =
  'Harbour crane collapse closes the north quay\n\nBy Ines Varro\n\nLOWMARSH, April 3 — A crane collapsed on the north quay on Thursday, closing it to shipping until Monday, the port authority said. Nobody was hurt.';

let cluster: PostgresCluster | undefined;
let server: RunningTeamServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startPostgresCluster();
  const database = await createTestDatabase({ host: cluster.host, port: cluster.port, user: cluster.user }, 'team_editing_e2e');
  const db = ['--database', database.url];
  expect((await cuttings(['team', 'init', ...db, '--admin', 'ada', '--password-stdin'], PASSWORD)).stderr).toBe('');
  for (const [name, role] of [
    ['ana', 'editor'],
    ['bo', 'editor'],
    ['rita', 'reader'],
  ]) {
    expect((await cuttings(['team', 'user', 'add', name!, '--role', role!, '--password-stdin', ...db], PASSWORD)).stderr).toBe('');
  }
  // Every test signs people in afresh, more often a minute than the default limit allows one address.
  server = await startTeamServe([...db, '--listen', '127.0.0.1:0', '--plain-http', '--login-rate', '60']);
});

test.afterAll(async () => {
  await server?.stop();
  cluster?.stop();
});

/** A page of its own browser context (its own cookies), signed in as the member named. */
async function signedIn(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server!.origin}/login`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  return page;
}

/** Calls the API from the page, as the app does, with the session's CSRF value. */
function call(page: Page, method: string, args: unknown): Promise<unknown> {
  return page.evaluate(
    async ([m, a]) => {
      const csrf = /cuttings_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cuttings-csrf': csrf },
        body: JSON.stringify(a),
      });
      return ((await response.json()) as { value: unknown }).value;
    },
    [method, args] as const,
  );
}

async function openClip(page: Page, title = /Harbour crane collapse/): Promise<void> {
  await page.getByRole('option', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

// First in the file: the library is still empty.
test('an empty team library invites an editor to start it, and tells a reader that editors’ clips show there, offering no New clip', async ({
  browser,
}) => {
  const rita = await signedIn(browser, 'rita');
  const forRita = rita.getByRole('region', { name: 'Reader' });
  await expect(forRita.getByText('Nothing clipped yet')).toBeVisible();
  await expect(forRita).toContainText('You are a reader in this team library');
  await expect(forRita.getByRole('button', { name: 'New clip' })).toHaveCount(0);
  await expect(rita.getByRole('region', { name: 'Clips' })).toContainText('Clips the team saves are listed here');
  await rita.context().close();

  const ana = await signedIn(browser, 'ana');
  const forAna = ana.getByRole('region', { name: 'Reader' });
  await expect(forAna.getByText('Start the team library')).toBeVisible();
  await expect(forAna).toContainText('Everyone on the team sees the clips you save here');
  await expect(forAna.getByRole('button', { name: 'New clip' })).toBeVisible();
  await ana.context().close();
});

test('two editors edit one clip: the second save is refused naming the first, keeps what was typed, and reloads with it put back', async ({
  browser,
}) => {
  const ana = await signedIn(browser, 'ana');
  const bo = await signedIn(browser, 'bo');
  await pasteIntoPage(ana, ARTICLE);
  await ana.getByRole('dialog', { name: 'Review clip' }).getByLabel('Title', { exact: true }).press('Enter');
  await openClip(ana);
  await openClip(bo);

  await bo.getByRole('button', { name: 'Edit', exact: true }).click();
  const boForm = bo.getByRole('form', { name: 'Edit clip' });
  await boForm.getByLabel('Title', { exact: true }).fill('Crane falls at Lowmarsh north quay');
  await boForm.getByLabel('Source').fill('Port Weekly');

  await ana.getByRole('button', { name: 'Edit', exact: true }).click();
  const anaForm = ana.getByRole('form', { name: 'Edit clip' });
  await anaForm.getByLabel('Title', { exact: true }).fill('North quay shut after crane collapse');
  await anaForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(ana.getByRole('heading', { level: 1, name: 'North quay shut after crane collapse' })).toBeVisible();

  await boForm.getByRole('button', { name: 'Save changes' }).click();
  const refusal = boForm.getByRole('alert');
  await expect(refusal).toContainText(
    /ana changed this clip at \d{1,2}:\d\d; your edit was not saved\. Your changes are still in the form: Reload shows the clip as it is now with your changes on top, then save again\./,
  );
  await expect(boForm.getByLabel('Title', { exact: true })).toHaveValue('Crane falls at Lowmarsh north quay');
  await bo.screenshot({ path: test.info().outputPath('team-edit-refused.png') });

  await refusal.getByRole('button', { name: 'Reload' }).click();
  await expect(boForm.getByRole('status')).toContainText('with your changes to Title and Source put back. Title changed there too');
  await expect(boForm.getByLabel('Title', { exact: true })).toHaveValue('Crane falls at Lowmarsh north quay');
  await expect(boForm.getByLabel('Source')).toHaveValue('Port Weekly');
  // Ana's title was not overwritten by the refused save.
  await expect(ana.getByRole('heading', { level: 1, name: 'North quay shut after crane collapse' })).toBeVisible();

  await boForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(bo.getByRole('heading', { level: 1, name: 'Crane falls at Lowmarsh north quay' })).toBeVisible();
  await expect(ana.getByRole('heading', { level: 1, name: 'Crane falls at Lowmarsh north quay' })).toBeVisible();
  await ana.context().close();
  await bo.context().close();
});

test('a reader sees who clipped the clip, wrote the notes and made each highlight, and no controls to change tags, notes or highlights', async ({
  browser,
}) => {
  const ana = await signedIn(browser, 'ana');
  const clip = (await call(ana, 'clips.create', { text: READER_ARTICLE })) as { id: number };
  const full = (await call(ana, 'clips.get', { id: clip.id })) as { version: number; paragraphs: string[] };
  await call(ana, 'clips.update', { id: clip.id, version: full.version, fields: { notes: 'Ask the port authority about Monday.' } });
  const body = full.paragraphs.join('\n\n');
  const words = 'Nobody was hurt.';
  const start = body.indexOf(words);
  await call(ana, 'highlights.add', {
    clipId: clip.id,
    exact: words,
    prefix: body.slice(Math.max(0, start - 32), start),
    suffix: '',
    start,
    end: start + words.length,
    color: 'green',
    note: 'Confirm with the union',
  });
  await call(ana, 'tags.apply', { clipIds: [clip.id], names: ['ports'] });
  await ana.context().close();

  const rita = await signedIn(browser, 'rita');
  await openClip(rita, /Lock gates jam/);
  await expect(rita.locator('article footer')).toContainText('clipped by ana,');
  await expect(rita.getByRole('heading', { name: 'Notes by ana' })).toBeVisible();
  await expect(rita.getByText('Ask the port authority about Monday.')).toBeVisible();
  const highlightsList = rita.getByRole('region', { name: 'Highlights' });
  await expect(highlightsList).toContainText('ana');
  await expect(highlightsList).toContainText('Confirm with the union');
  await expect(rita.getByText('Only editors can change tags, notes and highlights.')).toBeVisible();
  await expect(rita.getByRole('list', { name: 'Tags', exact: true })).toContainText('ports');

  await expect(rita.getByRole('combobox', { name: 'Add a tag' })).toHaveCount(0);
  await expect(rita.getByRole('button', { name: /Remove tag/ })).toHaveCount(0);
  await expect(rita.getByRole('button', { name: 'Edit notes' })).toHaveCount(0);
  await expect(rita.getByRole('textbox', { name: 'Notes' })).toHaveCount(0);

  await rita.locator('[data-highlight-id]').first().click();
  const popover = rita.getByRole('dialog', { name: 'Highlight' });
  await expect(popover).toContainText('Highlighted by ana');
  await expect(popover).toContainText('Only editors can change');
  await expect(popover.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  await expect(popover.getByRole('radio')).toHaveCount(0);
  await rita.screenshot({ path: test.info().outputPath('team-reader.png') });
  await popover.getByRole('button', { name: 'Close' }).click();

  // Selecting words offers no highlighting to a reader.
  await rita.getByRole('region', { name: 'Reader' }).locator('p[data-start]').first().selectText();
  await expect(rita.getByRole('toolbar', { name: /highlight/i })).toHaveCount(0);

  // The Highlights index names who made each one.
  await rita.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Highlights' }).click();
  const listed = rita.getByRole('list', { name: 'Highlights' }).getByRole('listitem');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Nobody was hurt.');
  await expect(listed).toContainText('Confirm with the union');
  await expect(listed).toContainText('ana ·');
  await rita.context().close();
});

const CANAL_ARTICLE =
  'Canal towpath reopens after repairs\n\nLOWMARSH, April 9 — The towpath along the Fennick canal reopened on Tuesday after a month of repairs, the canal trust said.';
const BRIDGE_ARTICLE =
  'Swing bridge to close for a week\n\nLOWMARSH, April 11 — The swing bridge over the canal at Fennick will close for a week from Monday for repainting, the council said.';

/** A sidebar tree row by its name; its accessible name goes on to say how many clips it holds. */
const sidebarItem = (page: Page, tree: 'Tags' | 'Collections', name: string) =>
  page.getByRole('tree', { name: tree }).getByRole('treeitem', { name: new RegExp(`^${name}, \\d+ clips?$`) });

test('a reader is offered nothing that changes tags or collections, in the list or the sidebar, and a drag onto them does nothing; an editor is', async ({
  browser,
}) => {
  const ana = await signedIn(browser, 'ana');
  const canal = (await call(ana, 'clips.create', { text: CANAL_ARTICLE })) as { id: number };
  const bridge = (await call(ana, 'clips.create', { text: BRIDGE_ARTICLE })) as { id: number };
  await call(ana, 'tags.apply', { clipIds: [bridge.id], names: ['canals'] });
  const waterways = (await call(ana, 'collections.create', { name: 'Waterways' })) as { id: number };

  const rita = await signedIn(browser, 'rita');
  const row = rita.locator(`[data-clip-id="${canal.id}"]`);
  await row.click({ button: 'right' });
  const clipMenu = rita.getByRole('menu', { name: 'Clip actions' });
  await expect(clipMenu.getByRole('menuitem')).toHaveText(['Open', 'Copy citation', 'Show original paste']);
  await rita.keyboard.press('Escape');

  await sidebarItem(rita, 'Tags', 'canals').click({ button: 'right' });
  await expect(rita.getByRole('menu')).toHaveCount(0);
  await expect(rita.getByRole('button', { name: 'Actions for tag canals' })).toHaveCount(0);
  await sidebarItem(rita, 'Collections', 'Waterways').click({ button: 'right' });
  await expect(rita.getByRole('menu', { name: 'Actions for Waterways' }).getByRole('menuitem')).toHaveText(['Export dossier…']);
  await rita.keyboard.press('Escape');
  await expect(rita.getByRole('button', { name: 'New collection' })).toHaveCount(0);

  // Two picked clips: the bar offers what a reader may do, and says the rest is read only.
  await rita.getByRole('button', { name: /^All clips/ }).click();
  await rita.locator(`[data-clip-id="${canal.id}"]`).click();
  await rita.locator(`[data-clip-id="${bridge.id}"]`).click({ modifiers: ['Shift'] });
  const bar = rita.getByRole('toolbar', { name: 'Selected clips' });
  await expect(bar.getByRole('button', { name: 'Compare' })).toBeVisible();
  await expect(bar.getByRole('button', { name: /Tag…|Untag…|Add to…|Move to Trash/ })).toHaveCount(0);
  await expect(bar.getByText('Read only')).toHaveAttribute('title', /You are a reader in this team library/);
  await rita.screenshot({ path: test.info().outputPath('team-reader-list.png') });
  await rita.keyboard.press('Escape');

  await row.dragTo(sidebarItem(rita, 'Collections', 'Waterways'));
  await row.dragTo(sidebarItem(rita, 'Tags', 'canals'));
  await rita.keyboard.press('Delete');
  await expect(sidebarItem(rita, 'Collections', 'Waterways')).toHaveAccessibleName('Waterways, 0 clips');
  await expect(sidebarItem(rita, 'Tags', 'canals')).toHaveAccessibleName('canals, 1 clip');
  expect(await call(rita, 'collections.clipIds', { id: waterways.id })).toEqual([]);
  expect(((await call(rita, 'clips.get', { id: canal.id })) as { tags: string[]; deletedAt: string | null }).tags).toEqual([]);
  await expect(row).toBeVisible();
  await rita.context().close();

  // An editor still has all of it.
  const anaRow = ana.locator(`[data-clip-id="${canal.id}"]`);
  await anaRow.click({ button: 'right' });
  await expect(ana.getByRole('menu', { name: 'Clip actions' }).getByRole('menuitem')).toHaveText([
    'Open',
    'Tag…',
    'Add to a collection…',
    'Copy citation',
    'Show original paste',
    'Re-read names',
    'Move to Trash',
  ]);
  await ana.keyboard.press('Escape');
  await sidebarItem(ana, 'Tags', 'canals').click({ button: 'right' });
  await expect(ana.getByRole('menu', { name: 'Actions for tag canals' }).getByRole('menuitem')).toHaveText([
    'Rename…',
    'Merge into…',
    'Colour…',
    'Delete',
  ]);
  await ana.keyboard.press('Escape');
  await anaRow.dragTo(sidebarItem(ana, 'Collections', 'Waterways'));
  await expect(sidebarItem(ana, 'Collections', 'Waterways')).toHaveAccessibleName('Waterways, 1 clip');
  await anaRow.dragTo(sidebarItem(ana, 'Tags', 'canals'));
  await expect(sidebarItem(ana, 'Tags', 'canals')).toHaveAccessibleName('canals, 2 clips');
  await ana.context().close();
});

test('on the team server’s own page, Settings say the browser clipper is paired in the app on one’s own computer', async ({ browser }) => {
  const ana = await signedIn(browser, 'ana');
  await ana.getByRole('button', { name: 'Settings' }).click();
  const settings = ana.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toContainText('The browser clipper is paired with the Cuttings app on your own computer, not with a team server.');
  await expect(settings).toContainText('File ▸ Open Team Library…');
  await expect(settings).not.toContainText('No browser is paired');
  await ana.context().close();
});

test('an editor renames a person across the team library from the People index, each clip’s history naming them; a reader gets no menu', async ({
  browser,
}) => {
  const ana = await signedIn(browser, 'ana');
  const make = async (title: string) =>
    (await call(ana, 'clips.create', {
      text: `${title}. The lock keepers met on Monday.`,
      draft: { title, language: 'en', people: ['Pim Osterholt'] },
    })) as { id: number };
  const first = await make('Lock keepers meet');
  await make('Lock keepers agree');
  await ana.reload();

  await ana.getByRole('button', { name: 'People', exact: true }).click();
  const people = ana.getByRole('list', { name: 'people' });
  await people.getByRole('button', { name: 'Pim Osterholt 2 clips' }).click({ button: 'right' });
  await ana.getByRole('menu', { name: 'Actions for Pim Osterholt' }).getByRole('menuitem', { name: 'Rename…' }).click();
  const dialog = ana.getByRole('dialog', { name: 'Rename “Pim Osterholt”' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Pim Oosterholt');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(ana.getByText('Renamed “Pim Osterholt” to “Pim Oosterholt” in 2 clips.')).toBeVisible();
  await expect(people.getByRole('button', { name: 'Pim Oosterholt 2 clips' })).toBeVisible();

  const edits = (await call(ana, 'clips.history', { id: first.id })) as { user: string; changes: { field: string; after: unknown }[] }[];
  expect(edits[0]).toMatchObject({ user: 'ana', changes: [{ field: 'people', after: ['Pim Oosterholt'] }] });
  await ana.getByRole('button', { name: 'Activity' }).click();
  await expect(ana.getByRole('list', { name: 'Changes' }).getByRole('listitem').first()).toContainText(
    /ana renamed a name in 2 clips, “Lock keepers (meet|agree)” and one other/,
  );
  await ana.context().close();

  const rita = await signedIn(browser, 'rita');
  await rita.getByRole('button', { name: 'People', exact: true }).click();
  const entry = rita.getByRole('list', { name: 'people' }).getByRole('button', { name: 'Pim Oosterholt 2 clips' });
  await entry.click({ button: 'right' });
  await expect(rita.getByRole('menu')).toHaveCount(0);
  await entry.focus();
  await rita.keyboard.press('Shift+F10');
  await expect(rita.getByRole('menu')).toHaveCount(0);
  await expect(rita.getByRole('button', { name: 'Actions for Pim Oosterholt' })).toHaveCount(0);
  await rita.context().close();
});
