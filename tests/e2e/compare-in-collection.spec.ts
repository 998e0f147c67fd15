import type { Page } from '@playwright/test';
import { test, expect, type Server } from './fixtures.js';
import { addReviewedCorpusClips } from './corpus-library.js';

const command = process.platform === 'darwin' ? 'Meta' : 'Control';
const TITLE = 'China, Argentina sign soymeal';

/** Two reports of one event and a third clip, all in a collection. */
async function addBriefing(server: Server) {
  const ids = await addReviewedCorpusClips(server, ['v02_reuters_china_argentina', 'v03_xinhua_china_argentina', 'v10_de_dresden_flood']);
  const collection = await server.call<{ id: number }>('collections.create', { name: 'Thursday briefing' });
  await server.call('collections.addClips', { id: collection.id, clipIds: ids });
  return { ids: ids as [number, number, number], collectionId: collection.id };
}

const openCollection = (app: Page) =>
  app.getByRole('tree', { name: 'Collections' }).getByRole('treeitem', { name: 'Thursday briefing' }).click();
const strip = (app: Page) => app.getByRole('region', { name: 'Comparisons in this collection' });

test('a comparison kept in a collection shows there, opens again, and prints in its dossier', async ({ app, server }, testInfo) => {
  const { ids, collectionId } = await addBriefing(server);
  const [reuters, xinhua] = ids;
  await app.reload();
  await openCollection(app);
  await expect(app.getByRole('option')).toHaveCount(3);
  // None kept yet: the list shows no strip at all.
  await expect(strip(app)).toHaveCount(0);

  await app.locator(`[data-clip-id="${reuters}"]`).click();
  await app.locator(`[data-clip-id="${xinhua}"]`).click({ modifiers: [command] });
  await app.getByRole('toolbar', { name: 'Selected clips' }).getByRole('button', { name: 'Compare' }).click();
  const view = app.getByRole('dialog', { name: 'Compare' });
  await expect(view.getByRole('list', { name: 'Sentences of A beside those of B' })).toBeVisible();

  const keep = async () => {
    await view.getByRole('button', { name: 'Add to collection…' }).click();
    await app.getByRole('menuitem', { name: 'Thursday briefing' }).click();
  };
  await keep();
  const toast = view.getByRole('group', { name: 'Notification' });
  await expect(toast).toContainText(/Added “.+” to “Thursday briefing”/);
  await app.waitForTimeout(250);
  await app.screenshot({ path: testInfo.outputPath('compare-added.png') });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => server.call<unknown[]>('comparisons.list', { collectionId })).toHaveLength(0);

  await keep();
  await expect(toast).toContainText('Added');
  await keep();
  await expect(toast).toContainText(/is already in “Thursday briefing”/);
  await expect.poll(() => server.call<unknown[]>('comparisons.list', { collectionId })).toHaveLength(1);
  await app.keyboard.press('Escape');
  await expect(view).toBeHidden();

  const kept = strip(app);
  await expect(kept).toBeVisible();
  await expect(kept.getByRole('listitem')).toHaveCount(1);
  await expect(kept.getByRole('listitem').first()).toContainText(TITLE);
  await expect(kept.getByRole('listitem').first()).toContainText(/A\s*Reuters\s*B\s*Xinhua/);
  await app.screenshot({ path: testInfo.outputPath('collection-one-comparison.png') });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: testInfo.outputPath('collection-one-comparison-dark.png') });
  await app.emulateMedia({ colorScheme: 'light' });

  // Opened again from the collection, A still on the left.
  await kept.getByRole('button', { name: new RegExp(`^${TITLE}`) }).click();
  await expect(view.getByRole('banner', { name: 'Side A' })).toContainText('Reuters');
  await expect(view.getByRole('banner', { name: 'Side B' })).toContainText('Xinhua');
  await app.keyboard.press('Escape');

  // Renamed, then removed and put back with Undo, from the row's menu.
  await kept.getByRole('listitem').first().hover();
  await kept.getByRole('button', { name: /^Actions for “/ }).click();
  await app.getByRole('menuitem', { name: 'Rename…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Rename the comparison' });
  await dialog.getByRole('textbox').fill('Soymeal deal: Reuters and Xinhua');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(kept.getByRole('listitem').first()).toContainText('Soymeal deal: Reuters and Xinhua');
  await kept.getByRole('listitem').first().hover();
  await kept.getByRole('button', { name: /^Actions for “/ }).click();
  await app.screenshot({ path: testInfo.outputPath('comparison-menu.png') });
  await app.getByRole('menuitem', { name: 'Remove from collection' }).click();
  await expect(strip(app)).toHaveCount(0);
  await app.getByRole('group', { name: 'Notification' }).getByRole('button', { name: 'Undo' }).click();
  await expect(strip(app).getByRole('listitem')).toHaveCount(1);

  // The dossier builder ticks Comparisons, and its preview prints the two columns.
  await app.getByRole('button', { name: 'Dossier…', description: 'Make a PDF dossier of this collection' }).click();
  const builder = app.getByRole('dialog', { name: 'Dossier' });
  const part = builder.getByRole('checkbox', { name: 'Comparisons' });
  await expect(part).toBeChecked();
  await expect(builder.getByText('The comparison kept here, in two columns')).toBeVisible();
  await part.scrollIntoViewIfNeeded();
  await app.screenshot({ path: testInfo.outputPath('dossier-parts.png') });
  const preview = app.frameLocator('iframe[title="Dossier preview"]');
  await expect(preview.locator('h2.cmp-title')).toContainText('Soymeal deal: Reuters and Xinhua');
  await expect(preview.locator('.cmp-row--same, .cmp-row--changed').first()).toBeVisible();
  await expect(preview.locator('.toc a[href="#comparison-1"]')).toContainText('C1');
  await preview.locator('h2.cmp-title').scrollIntoViewIfNeeded();
  await app.screenshot({ path: testInfo.outputPath('dossier-preview-comparison.png') });
  await part.uncheck();
  await expect(preview.locator('h2.cmp-title')).toHaveCount(0);
});

test('ten comparisons stay a compact strip above the clips', async ({ app, server }, testInfo) => {
  const ids = await addReviewedCorpusClips(server, [
    'v02_reuters_china_argentina',
    'v03_xinhua_china_argentina',
    'v04_tass_barents_rescue',
    'v05_ap_barents_rescue',
    'v06_ledger_viaduct_original',
  ]);
  const { id: collectionId } = await server.call<{ id: number }>('collections.create', { name: 'Thursday briefing' });
  await server.call('collections.addClips', { id: collectionId, clipIds: ids });
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) await server.call('comparisons.add', { collectionId, a: ids[i], b: ids[j] });
  }
  await app.reload();
  await openCollection(app);
  const kept = strip(app);
  await expect(kept.getByRole('listitem')).toHaveCount(10);
  await expect(kept.getByRole('button', { name: /Comparisons/ })).toContainText('10');
  const height = await kept.evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeLessThan(200);
  await expect(app.getByRole('option')).toHaveCount(5);
  await app.screenshot({ path: testInfo.outputPath('collection-ten-comparisons.png') });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: testInfo.outputPath('collection-ten-comparisons-dark.png') });

  // Alt+↓ moves the focused comparison down one place, and the print order with it.
  const first = kept.getByRole('listitem').first();
  const firstSides = await first.locator('.sides').textContent();
  await first.getByRole('button').first().focus();
  await app.keyboard.press('Alt+ArrowDown');
  await expect(kept.getByRole('listitem').nth(1).locator('.sides')).toHaveText(firstSides!);
  await expect(kept.getByRole('listitem').nth(1).getByRole('button').first()).toBeFocused();
  const order = await server.call<{ a: { source: string }; b: { source: string } }[]>('comparisons.list', { collectionId });
  expect(`A${order[1]!.a.source}B${order[1]!.b.source}`).toBe(firstSides!.replace(/\s+/g, ''));

  await app.keyboard.press('Shift+F10');
  await expect(app.getByRole('menuitem', { name: 'Open in Compare' })).toBeFocused();
  await app.keyboard.press('Escape');

  await kept.getByRole('button', { name: /Comparisons/ }).click();
  await expect(kept.getByRole('listitem')).toHaveCount(0);
  await expect(kept.getByRole('button', { name: /Comparisons/ })).toHaveAttribute('aria-expanded', 'false');
});
