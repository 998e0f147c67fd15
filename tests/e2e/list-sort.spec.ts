import type { Locator, Page } from '@playwright/test';
import { test, expect, type Server } from './fixtures.js';

const command = process.platform === 'darwin' ? 'Meta' : 'Control';
const listedIds = (app: Page) =>
  app.locator('[data-clip-id]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-clip-id'))));
/** A sidebar row by its name; the row's accessible name goes on with its count. */
const item = (app: Page, tree: 'Collections' | 'Tags', name: string): Locator =>
  app.getByRole('tree', { name: tree }).getByRole('treeitem', { name: new RegExp(`^${name}, [\\d,]+ clips?$`) });
const sortMenu = (app: Page) => app.getByRole('button', { name: /^Sort by:/ });

/** Picks a sort field from the menu in the list's header. */
async function sortBy(app: Page, field: string) {
  await sortMenu(app).click();
  await app.getByRole('menuitemradio', { name: field }).click();
  await expect(sortMenu(app)).toHaveAccessibleName(`Sort by: ${field}`);
}

/** Made-up stories, clipped in this order: title, outlet, article date. */
const STORIES: [string, string, string][] = [
  ['Ferry timetable changes', 'Harbour Gazette', '2023-05-02'],
  ['Apple growers count frost damage', 'Orchard Review', '2024-01-15'],
  ['Bridge tolls rise', 'City Ledger', '2022-11-30'],
  ['Zinc prices steady', 'Metals Weekly', '2021-03-09'],
];

async function addStories(server: Server): Promise<number[]> {
  const ids: number[] = [];
  for (const [title, source, date] of STORIES) {
    const text = `${title}. A made-up report about ${title.toLowerCase()}, filed for the test.`;
    ids.push((await server.call<{ id: number }>('clips.create', { text, draft: { title, source, date } })).id);
  }
  return ids;
}

test('the list sorts by article date, date clipped, source or title, either way, from its header, and each view remembers its order', async ({
  app,
  server,
}, testInfo) => {
  const [ferry, apple, bridge, zinc] = await addStories(server);
  await server.call('tags.apply', { clipIds: [ferry, bridge, zinc], names: ['transport'] });
  await app.reload();

  await expect(sortMenu(app)).toHaveAccessibleName('Sort by: Date clipped');
  await expect(app.getByRole('button', { name: /^Newest first/ })).toBeVisible();
  await expect.poll(() => listedIds(app)).toEqual([zinc, bridge, apple, ferry]);

  await sortBy(app, 'Title');
  await expect.poll(() => listedIds(app)).toEqual([apple, bridge, ferry, zinc]);
  await app.screenshot({ path: testInfo.outputPath('sorted-list.png'), animations: 'disabled' });
  // The menu and the direction work from the keyboard: the menu gives focus back to its button.
  await expect(sortMenu(app)).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('menuitemradio', { name: 'Title' })).toHaveAttribute('aria-checked', 'true');
  await expect(app.getByRole('menuitemradio', { name: 'Title' })).toBeFocused();
  await app.screenshot({ path: testInfo.outputPath('sort-menu.png'), animations: 'disabled' });
  await app.keyboard.press('Escape');
  await sortMenu(app).press('Tab');
  await expect(app.getByRole('button', { name: /^A to Z/ })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: /^Z to A/ })).toBeVisible();
  await expect.poll(() => listedIds(app)).toEqual([zinc, ferry, bridge, apple]);

  await sortBy(app, 'Article date');
  await expect.poll(() => listedIds(app)).toEqual([apple, ferry, bridge, zinc]);
  await sortBy(app, 'Source');
  await expect.poll(() => listedIds(app)).toEqual([bridge, ferry, zinc, apple]);

  // Select all and a Shift range follow the order shown.
  await app.locator(`[data-clip-id="${bridge}"]`).click();
  await app.locator(`[data-clip-id="${zinc}"]`).click({ modifiers: ['Shift'] });
  await expect(app.getByRole('toolbar', { name: 'Selected clips' })).toContainText('3 clips selected');
  await expect(app.locator(`[data-clip-id="${apple}"]`)).not.toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press(`${command}+a`);
  await expect(app.getByRole('toolbar', { name: 'Selected clips' })).toContainText('4 clips selected');
  await app.keyboard.press('Escape');

  // A tag keeps an order of its own.
  await item(app, 'Tags', 'transport').click();
  await expect(sortMenu(app)).toHaveAccessibleName('Sort by: Date clipped');
  await expect.poll(() => listedIds(app)).toEqual([zinc, bridge, ferry]);
  await sortBy(app, 'Article date');
  await app.getByRole('button', { name: /^Newest first/ }).click();
  await expect.poll(() => listedIds(app)).toEqual([zinc, bridge, ferry]);
  await expect(app.getByRole('button', { name: /^Oldest first/ })).toBeVisible();

  await app.getByRole('button', { name: /^All clips/ }).click();
  await expect(sortMenu(app)).toHaveAccessibleName('Sort by: Source');
  await expect.poll(() => listedIds(app)).toEqual([bridge, ferry, zinc, apple]);

  // Remembered with the library, across a reload.
  await app.reload();
  await expect(sortMenu(app)).toHaveAccessibleName('Sort by: Source');
  await expect.poll(() => listedIds(app)).toEqual([bridge, ferry, zinc, apple]);
  await item(app, 'Tags', 'transport').click();
  await expect(sortMenu(app)).toHaveAccessibleName('Sort by: Article date');
  await expect.poll(() => listedIds(app)).toEqual([zinc, bridge, ferry]);
});

test('a collection opens in its own order, which stays on offer beside the sorts; a search adds best match', async ({ app, server }) => {
  const [ferry, apple, bridge, zinc] = await addStories(server);
  const shelf = await server.call<{ id: number }>('collections.create', { name: 'Shelf' });
  await server.call('collections.addClips', { id: shelf.id, clipIds: [zinc, ferry, apple] });
  await app.reload();
  await item(app, 'Collections', 'Shelf').click();

  await expect(sortMenu(app)).toHaveAccessibleName('Sort by: Collection order');
  await expect(app.getByText('to set the order a dossier prints')).toBeVisible();
  await expect.poll(() => listedIds(app)).toEqual([zinc, ferry, apple]);
  await sortBy(app, 'Title');
  await expect.poll(() => listedIds(app)).toEqual([apple, ferry, zinc]);
  await expect(app.getByText('to set the order a dossier prints')).toBeHidden();
  await sortBy(app, 'Collection order');
  await expect.poll(() => listedIds(app)).toEqual([zinc, ferry, apple]);

  await app.getByRole('searchbox', { name: 'Search clips' }).fill('made-up');
  await expect(sortMenu(app)).toHaveAccessibleName('Sort by: Best match');
  await sortMenu(app).click();
  await expect(app.getByRole('menuitemradio')).toHaveText(['Best match', 'Article date', 'Date clipped', 'Source', 'Title']);
  await app.keyboard.press('Escape');
  await sortBy(app, 'Title');
  await expect.poll(() => listedIds(app)).toEqual([apple, bridge, ferry, zinc]);
});
