import type { Locator, Page } from '@playwright/test';
import { test, expect, type Server } from './fixtures.js';
import { addOrganisedLibrary } from './organised-library.js';
import { importClips } from './imported-clips.js';

const command = process.platform === 'darwin' ? 'Meta' : 'Control';

const sidebarTree = (app: Page, name: 'Collections' | 'Tags') => app.getByRole('tree', { name });
/** A sidebar tree row by its name; its accessible name goes on to say how many clips it holds. */
const item = (tree: Locator, name: string) => {
  const literal = name.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
  return tree.getByRole('treeitem', { name: new RegExp(`^${literal}, [\\d,]+ clips?$`) });
};
const toast = (app: Page) => app.getByRole('group', { name: 'Notification' });
const listedIds = (app: Page) =>
  app.locator('[data-clip-id]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-clip-id'))));

/** Answers the app's small naming dialog. */
async function answer(app: Page, value: string | null, confirm: string) {
  const dialog = app.getByRole('dialog');
  if (value !== null) await dialog.getByRole('textbox').or(dialog.getByRole('combobox')).fill(value);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(dialog).toBeHidden();
}

/** Short clips with titles, oldest first, so All clips lists them newest first. */
async function addClips(server: Server, titles: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const title of titles) {
    const saved = await server.call<{ id: number }>('clips.create', {
      text: `${title}. A short report filed for the test.`,
      draft: { title },
    });
    ids.push(saved.id);
  }
  return ids;
}

test('removing clips from a collection is undone from the toast, back in their places', async ({ app, server }) => {
  const ids = await addClips(server, ['Alpha report', 'Bravo report', 'Charlie report', 'Delta report']);
  const shelf = await server.call<{ id: number }>('collections.create', { name: 'Shelf' });
  await server.call('collections.addClips', { id: shelf.id, clipIds: ids });
  await server.call('collections.moveClip', { id: shelf.id, clipId: ids[3], index: 0 });
  const order = [ids[3], ids[0], ids[1], ids[2]];
  await app.reload();

  await item(sidebarTree(app, 'Collections'), 'Shelf').click();
  await expect.poll(() => listedIds(app)).toEqual(order);
  await app.locator(`[data-clip-id="${ids[0]}"]`).click();
  await app.locator(`[data-clip-id="${ids[1]}"]`).click({ modifiers: [command] });
  await app.locator(`[data-clip-id="${ids[1]}"]`).click({ button: 'right' });
  await app.getByRole('menuitem', { name: 'Remove 2 clips from “Shelf”' }).click();
  await expect(toast(app)).toContainText('Removed 2 clips from “Shelf”.');
  await expect.poll(() => listedIds(app)).toEqual([ids[3], ids[2]]);

  await toast(app).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => listedIds(app)).toEqual(order);

  // The bulk bar does the same for every picked clip.
  await app.locator(`[data-clip-id="${ids[3]}"]`).click();
  await app.locator(`[data-clip-id="${ids[1]}"]`).click({ modifiers: ['Shift'] });
  await app.getByRole('toolbar', { name: 'Selected clips' }).getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => listedIds(app)).toEqual([ids[2]]);
  await toast(app).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => listedIds(app)).toEqual(order);

  // From the reader's chip too: one clip out and back.
  await app.locator(`[data-clip-id="${ids[1]}"]`).click();
  await app.getByRole('button', { name: 'Remove from Shelf' }).click();
  await expect.poll(() => listedIds(app)).toEqual([ids[3], ids[0], ids[2]]);
  await toast(app).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => listedIds(app)).toEqual(order);
});

test('a deleted collection comes back with Undo: sub-collections, description, smart search and clip order', async ({ app, server }) => {
  const ids = await addClips(server, ['Harbour strike', 'Grain corridor', 'Dresden floods']);
  const brief = await server.call<{ id: number }>('collections.create', { name: 'Brief', description: 'For the minister.' });
  const ports = await server.call<{ id: number }>('collections.create', { name: 'Ports', parentId: brief.id });
  await server.call('collections.create', { name: 'Strikes', parentId: brief.id, query: 'strike' });
  await server.call('collections.addClips', { id: ports.id, clipIds: [ids[2], ids[0], ids[1]] });
  await app.reload();
  const collections = sidebarTree(app, 'Collections');
  await item(collections, 'Brief').press('ArrowRight');
  await expect(item(collections, 'Strikes')).toContainText('1');

  await item(collections, 'Brief').click({ button: 'right' });
  await app.getByRole('menuitem', { name: 'Delete…' }).click();
  await expect(app.getByRole('dialog')).toContainText('Its 2 sub-collections go too');
  await answer(app, null, 'Delete');
  await expect(collections.getByRole('treeitem')).toHaveCount(0);
  await expect(toast(app)).toContainText('Deleted “Brief”.');

  await toast(app).getByRole('button', { name: 'Undo' }).click();
  await expect(item(collections, 'Brief')).toBeVisible();
  await item(collections, 'Brief').press('ArrowRight');
  await expect(item(collections, 'Ports')).toContainText('3');
  await expect(item(collections, 'Strikes')).toContainText('1');
  await item(collections, 'Ports').click();
  await expect.poll(() => listedIds(app)).toEqual([ids[2], ids[0], ids[1]]);
  const restored = await server.call<{ description: string }[]>('collections.list', {});
  expect(restored.find((c) => c.description === 'For the minister.')).toBeTruthy();
});

test('moving a collection among its siblings is undone from the toast', async ({ app, server }) => {
  await server.call('collections.create', { name: 'Alpha' });
  await server.call('collections.create', { name: 'Beta' });
  await app.reload();
  const collections = sidebarTree(app, 'Collections');
  const names = () =>
    collections.getByRole('treeitem').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')?.replace(/, [\d,]+ clips?$/, '')));
  await item(collections, 'Beta').focus();
  await app.keyboard.press('Alt+ArrowUp');
  await expect.poll(names).toEqual(['Beta', 'Alpha']);
  await toast(app).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(names).toEqual(['Alpha', 'Beta']);
});

test('context menus open by mouse and by keyboard, and act on the whole selection', async ({ app, server }, testInfo) => {
  const ids = await addClips(server, ['Alpha report', 'Bravo report', 'Charlie report']);
  await server.call('tags.apply', { clipIds: [ids[0]], names: ['topic/ports'] });
  await server.call('collections.create', { name: 'Briefing' });
  await app.reload();

  // Right-click on a clip that is not picked picks and opens it alone.
  await app.locator(`[data-clip-id="${ids[2]}"]`).click({ button: 'right' });
  const menu = app.getByRole('menu', { name: 'Clip actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Open',
    'Tag…',
    'Add to a collection…',
    'Copy citation',
    'Show original paste',
    'Re-read names',
    'Send to team library…',
    'Move to Trash',
  ]);
  await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
  await app.screenshot({ path: testInfo.outputPath('clip-menu-light.png') });
  await app.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(app.getByRole('listbox', { name: 'All clips' })).toBeFocused();
  await expect(app.getByRole('heading', { level: 1, name: 'Charlie report' })).toBeVisible();

  // Two picked: the menu compares them and tags both; the keyboard opens it with Shift+F10.
  await app.locator(`[data-clip-id="${ids[1]}"]`).click({ modifiers: ['Shift'] });
  await expect(app.getByRole('toolbar', { name: 'Selected clips' })).toContainText('2 clips selected');
  await app.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem', { name: 'Compare with the other selected clip' })).toBeVisible();
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: testInfo.outputPath('clip-menu-dark.png') });
  await app.emulateMedia({ colorScheme: 'light' });
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Tag 2 clips…' })).toBeFocused();
  await app.keyboard.press('Enter');
  await answer(app, 'follow-up', 'Tag');
  await expect(toast(app)).toContainText('Tagged 2 clips “follow-up”.');
  await expect(item(sidebarTree(app, 'Tags'), 'follow-up')).toContainText('2');

  await app.keyboard.press('ContextMenu');
  await menu.getByRole('menuitem', { name: 'Add 2 clips to a collection…' }).click();
  await answer(app, null, 'Add');
  await expect(item(sidebarTree(app, 'Collections'), 'Briefing')).toContainText('2');

  await app.locator(`[data-clip-id="${ids[0]}"]`).click();
  await app.keyboard.press('Shift+F10');
  await menu.getByRole('menuitem', { name: 'Show original paste' }).click();
  await expect(app.getByRole('region', { name: 'Original paste' })).toContainText('Alpha report. A short report filed for the test.');

  // Tags and collections: right-click opens the row's menu at the pointer; Shift+F10 from the row.
  const tags = sidebarTree(app, 'Tags');
  await item(tags, 'topic').click({ button: 'right' });
  await expect(app.getByRole('menu', { name: 'Actions for tag topic' }).getByRole('menuitem')).toHaveText([
    'Rename…',
    'Merge into…',
    'Colour…',
    'Delete',
  ]);
  await app.keyboard.press('Escape');
  await item(tags, 'follow-up').focus();
  await app.keyboard.press('Shift+F10');
  await app.getByRole('menu', { name: 'Actions for tag follow-up' }).getByRole('menuitem', { name: 'Rename…' }).click();
  await answer(app, 'to-check', 'Rename');
  await expect(item(tags, 'to-check')).toContainText('2');

  const briefing = item(sidebarTree(app, 'Collections'), 'Briefing');
  await briefing.click({ button: 'right' });
  const collectionMenu = app.getByRole('menu', { name: 'Actions for Briefing' });
  await expect(collectionMenu.getByRole('menuitem')).toHaveText([
    'New sub-collection…',
    'Rename…',
    'Edit description…',
    'Export dossier…',
    'Delete…',
  ]);
  await app.screenshot({ path: testInfo.outputPath('collection-menu-light.png') });
  await collectionMenu.getByRole('menuitem', { name: 'Edit description…' }).click();
  await app.getByRole('dialog').getByRole('textbox').fill('Background for **Monday**.\nTwo lines.');
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: testInfo.outputPath('description-dark.png') });
  await app.emulateMedia({ colorScheme: 'light' });
  await app.keyboard.press(`${command}+Enter`);
  await expect(app.getByRole('dialog')).toBeHidden();
  await expect
    .poll(
      async () =>
        (await server.call<{ name: string; description: string }[]>('collections.list', {})).find((c) => c.name === 'Briefing')
          ?.description,
    )
    .toBe('Background for **Monday**.\nTwo lines.');
  await briefing.focus();
  await app.keyboard.press('Shift+F10');
  await collectionMenu.getByRole('menuitem', { name: 'Export dossier…' }).click();
  await expect(
    app
      .getByRole('dialog', { name: /dossier/i })
      .or(app.getByRole('region', { name: /dossier/i }))
      .first(),
  ).toBeVisible();
});

test('clips dragged onto a tag all get it, with Undo for the ones that did not have it', async ({ app, server }, testInfo) => {
  const ids = await addClips(server, ['Alpha report', 'Bravo report', 'Charlie report']);
  await server.call('tags.apply', { clipIds: [ids[0]], names: ['region/europe'] });
  await server.call('tags.apply', { clipIds: [ids[1]], names: ['region/europe/ukraine'] });
  await app.reload();
  const tags = sidebarTree(app, 'Tags');
  await item(tags, 'region').press('ArrowRight');
  await expect(item(tags, 'region')).toContainText('2');

  await app.locator(`[data-clip-id="${ids[2]}"]`).click();
  await app.locator(`[data-clip-id="${ids[0]}"]`).click({ modifiers: [command] });
  // Held over the tag, the row is marked as where the clips will land.
  await app.locator(`[data-clip-id="${ids[0]}"]`).hover();
  await app.mouse.down();
  // Two moves over the target: the first starts the drag, the second sends dragover.
  await item(tags, 'europe').hover();
  await item(tags, 'europe').hover({ position: { x: 60, y: 12 } });
  await expect(item(tags, 'europe').locator('.drop-inside')).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('drop-on-tag.png') });
  await app.mouse.up();
  await expect(toast(app)).toContainText('Tagged 2 clips “region/europe”.');
  // Alpha already had it: the parent counts each clip once however many tags below it it has.
  await expect(item(tags, 'europe')).toContainText('3');
  await expect(item(tags, 'region')).toContainText('3');

  await toast(app).getByRole('button', { name: 'Undo' }).click();
  await expect(item(tags, 'europe')).toContainText('2');
  const alpha = await server.call<{ tags: string[] }>('clips.get', { id: ids[0] });
  expect(alpha.tags).toEqual(['region/europe']);
});

test('select all in a search picks every match by id, and the bulk bar tags and trashes them all', async ({ app, server }) => {
  test.setTimeout(120_000);
  const total = 450;
  await importClips(
    server,
    Array.from({ length: total }, (_, i) => ({
      title: `Harbour note ${i}`,
      paragraphs: [`Number ${i}: ${i % 3 === 0 ? 'dredging in Tallinn' : 'pilots in Riga'}.`],
    })),
  );
  await app.reload();
  await app.getByRole('searchbox', { name: 'Search clips' }).fill('Tallinn');
  await expect(app.getByText('150 results')).toBeVisible();
  await app.getByRole('option').first().click();
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  // No more rows are read to select them all: the ids come from clips.ids alone.
  const listRequests: string[] = [];
  app.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/^\/api\/(clips\.list|clips\.ids|search\.query)$/.test(path)) listRequests.push(path);
  });
  await app.keyboard.press(`${command}+a`);
  const bar = app.getByRole('toolbar', { name: 'Selected clips' });
  await expect(bar).toContainText('150 clips selected');
  expect(listRequests).toEqual(['/api/clips.ids']);

  await bar.getByRole('button', { name: 'Tag…', exact: true }).click();
  await answer(app, 'port/tallinn', 'Tag');
  await expect(toast(app)).toContainText('Tagged 150 clips “port/tallinn”.');
  await expect(item(sidebarTree(app, 'Tags'), 'port')).toContainText('150');
  // Undo takes away a tag the tagging made, rather than leave it empty.
  await toast(app).getByRole('button', { name: 'Undo' }).click();
  await expect(item(sidebarTree(app, 'Tags'), 'port')).toHaveCount(0);
  await app.getByRole('option').first().click();
  await expect(bar).toBeHidden();
  await app.keyboard.press(`${command}+a`);
  await expect(bar).toContainText('150 clips selected');
  await bar.getByRole('button', { name: 'Tag…', exact: true }).click();
  await answer(app, 'port/tallinn', 'Tag');
  await expect(toast(app)).toContainText('Tagged 150 clips “port/tallinn”.');
  await expect(item(sidebarTree(app, 'Tags'), 'port')).toContainText('150');

  await app.getByRole('option').first().click();
  await expect(bar).toBeHidden();
  await app.keyboard.press(`${command}+a`);
  await expect(bar).toContainText('150 clips selected');
  await bar.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(toast(app)).toContainText('Moved 150 clips to Trash.');
  await expect(app.getByRole('button', { name: /^Trash/ })).toContainText('150');
  await toast(app).getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByRole('button', { name: /^Trash/ })).toContainText('0');
});

test('clips picked in the Trash are restored together, from the bulk bar or the context menu', async ({ app, server }) => {
  const ids = await addClips(server, ['Alpha report', 'Bravo report', 'Charlie report', 'Delta report']);
  await server.call('clips.trash', { ids });
  await app.reload();
  await app.getByRole('button', { name: /^Trash/ }).click();
  await app.locator(`[data-clip-id="${ids[3]}"]`).click();
  await app.locator(`[data-clip-id="${ids[2]}"]`).click({ modifiers: ['Shift'] });
  await app.locator(`[data-clip-id="${ids[2]}"]`).click({ button: 'right' });
  await app.getByRole('menu', { name: 'Clip actions' }).getByRole('menuitem', { name: 'Restore 2 clips to All clips' }).click();
  await expect(toast(app)).toContainText('Restored 2 clips to All clips.');
  await expect.poll(() => listedIds(app)).toEqual([ids[1], ids[0]]);

  await app.locator(`[data-clip-id="${ids[1]}"]`).click();
  await app.keyboard.press(`${command}+a`);
  await app.getByRole('toolbar', { name: 'Selected clips' }).getByRole('button', { name: 'Restore' }).click();
  await expect(app.getByText('The Trash is empty')).toBeVisible();
  await expect(app.getByRole('button', { name: /^All clips/ })).toContainText('4');
});

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 799);
}

// The sidebar trees and the reader's chips, light and dark, so a change to their shared styles
// can be compared with the look before it.
test('tree rows and chips, light and dark', async ({ app, server }, testInfo) => {
  const library = await addOrganisedLibrary(server);
  await app.reload();
  await app
    .getByRole('tree', { name: 'Tags' })
    .getByRole('treeitem', { name: /^region, / })
    .press('ArrowRight');
  await app.getByRole('tree', { name: 'Collections' }).getByRole('treeitem', { name: 'Minister’s brief' }).press('ArrowRight');
  await app.locator(`[data-clip-id="${library.china}"]`).click();
  await expect(app.getByRole('heading', { level: 1, name: /China, Argentina sign soymeal/ })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await settle(app);
    await app.screenshot({ path: testInfo.outputPath(`trees-and-chips-${scheme}.png`) });
    const names = app.getByRole('complementary', { name: 'Quotes and names in this clip' });
    await names.scrollIntoViewIfNeeded();
    await names.screenshot({ path: testInfo.outputPath(`entity-chips-${scheme}.png`) });
    await app.locator('.organise').scrollIntoViewIfNeeded();
  }
});
