import type { Page } from '@playwright/test';
import { test, expect, corpusText, corpusTruth, pasteIntoPage, type Server } from './fixtures.js';
import { addReviewedCorpusClips } from './corpus-library.js';

const command = process.platform === 'darwin' ? 'Meta' : 'Control';
const DRAFT_FIELDS = ['title', 'date', 'dateline', 'source', 'byline', 'language', 'quotes', 'people', 'places', 'organizations'];

/** The viaduct story and its update, saved as a version chain with their ground-truth fields. */
async function addViaductVersions(server: Server): Promise<{ original: number; updated: number }> {
  const [original] = await addReviewedCorpusClips(server, ['v06_ledger_viaduct_original']);
  const truth = corpusTruth('v07_ledger_viaduct_updated');
  const draft = Object.fromEntries(DRAFT_FIELDS.filter((f) => f in truth).map((f) => [f, truth[f]]));
  const updated = await server.call<{ id: number }>('clips.create', {
    text: corpusText('v07_ledger_viaduct_updated'),
    draft,
    versionOf: original,
  });
  return { original: original!, updated: updated.id };
}

async function openVersionComparison(app: Page, updated: number) {
  await app.locator(`[data-clip-id="${updated}"]`).click();
  await app.screenshot({ path: test.info().outputPath('version-in-reader.png') });
  await app.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Compare with previous version' }).click();
  const view = app.getByRole('dialog', { name: 'Compare' });
  await expect(view.getByRole('list', { name: 'Sentences of A beside those of B' })).toBeVisible();
  return view;
}

test('a version compared with its predecessor shows the changed number word by word, marked by symbol and colour', async ({
  app,
  server,
}, testInfo) => {
  const { updated } = await addViaductVersions(server);
  await app.reload();
  await app.setViewportSize({ width: 1024, height: 700 });
  const view = await openVersionComparison(app, updated);
  await app.screenshot({ path: testInfo.outputPath('compare-compact.png') });

  await expect(view.getByRole('banner', { name: 'Side A' })).toContainText('Cracks force closure of Victorian rail viaduct');
  await expect(view.getByRole('banner', { name: 'Side B' })).toContainText('Calder Valley viaduct to stay shut');

  const rows = view.getByRole('list', { name: 'Sentences of A beside those of B' });
  const trains = rows.locator('[data-kind="changed"]').filter({ hasText: 'passenger and freight trains' });
  await expect(trains.locator('del')).toHaveText('220');
  await expect(trains.locator('ins')).toHaveText('260');
  await expect(trains.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(trains.locator('ins')).toHaveCSS('text-decoration-line', 'underline');
  await expect(trains.getByTitle('Changed')).toHaveText(/~/);
  await expect(rows.locator('[data-kind="same"]').first().getByTitle('Same')).toHaveText(/=/);
  await expect(rows.locator('[data-kind="onlyB"]').first().getByTitle('Only in B')).toHaveText(/\+/);

  const summary = view.getByRole('group', { name: 'Summary of the comparison' });
  await expect(summary).toContainText(/\d+% similar/);
  for (const kind of ['same', 'changed', 'onlyB']) {
    await expect(summary.locator(`[data-kind="${kind}"]`)).toContainText(/[1-9]\d*/);
  }

  // The headline is the first difference, the corrected number the next.
  await app.keyboard.press('n');
  await expect(view.locator('.current')).toContainText('Calder Valley');
  await app.keyboard.press('n');
  await expect(view.locator('.current')).toContainText('passenger and freight trains');
  await expect(view.locator('.current')).toBeFocused();
  await expect(summary).toContainText('Difference 2 of');
  await app.keyboard.press('p');
  await expect(view.locator('.current')).toContainText('Calder Valley');

  await view.getByRole('button', { name: 'Swap sides' }).click();
  await expect(view.getByRole('banner', { name: 'Side A' })).toContainText('Calder Valley viaduct to stay shut');
  await expect(rows.locator('[data-kind="onlyA"]').first()).toBeVisible();

  await app.keyboard.press('Escape');
  await expect(view).toBeHidden();
});

test('two reports of one event, picked in the list, line up with their shared quotes and what each leaves out', async ({
  app,
  server,
}, testInfo) => {
  const [reuters, xinhua] = await addReviewedCorpusClips(server, ['v02_reuters_china_argentina', 'v03_xinhua_china_argentina']);
  await app.reload();
  await app.locator(`[data-clip-id="${reuters}"]`).click();
  await app.locator(`[data-clip-id="${xinhua}"]`).click({ modifiers: [command] });
  await app.getByRole('toolbar', { name: 'Selected clips' }).getByRole('button', { name: 'Compare' }).click();

  const view = app.getByRole('dialog', { name: 'Compare' });
  await expect(view.getByRole('banner', { name: 'Side A' })).toContainText('Reuters');
  await expect(view.getByRole('banner', { name: 'Side B' })).toContainText('Xinhua');
  await expect(view.locator('[data-kind]').first()).toBeVisible();
  const panels = view.getByRole('complementary', { name: 'Quotes and names compared' });
  await expect(panels.getByText('Quoted by both')).toBeVisible();
  await expect(panels.getByRole('group', { name: 'What A leaves out' })).toBeVisible();
  await expect(panels.getByRole('group', { name: 'What B leaves out' })).toBeVisible();
  await app.evaluate(() => document.fonts.ready);
  await app.screenshot({ path: testInfo.outputPath('compare-same-event.png') });

  await view
    .getByRole('banner', { name: 'Side B' })
    .getByRole('button', { name: `clip ${xinhua}` })
    .click();
  await expect(view).toBeHidden();
  await expect(app.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toContainText('cooperation documents');
});

test('the reader lists related clips with their similarity, each one click from a comparison', async ({ app, server }, testInfo) => {
  const [reuters] = await addReviewedCorpusClips(server, [
    'v02_reuters_china_argentina',
    'v03_xinhua_china_argentina',
    'v10_de_dresden_flood',
  ]);
  await app.reload();
  await app.locator(`[data-clip-id="${reuters}"]`).click();
  const panel = app.getByRole('region', { name: /Related clips/ });
  const row = panel.getByRole('listitem').filter({ hasText: 'Xinhua' });
  await expect(row).toContainText(/\d+%/);
  await panel.scrollIntoViewIfNeeded();
  await app.screenshot({ path: testInfo.outputPath('related-clips.png') });
  await row.getByRole('button', { name: /^Compare with/ }).click();
  await expect(app.getByRole('dialog', { name: 'Compare' }).getByRole('banner', { name: 'Side B' })).toContainText('Xinhua');
});

test('a duplicate warning compares the paste with the clip already saved, and Esc returns to the review', async ({ app, server }) => {
  const seed = corpusText('seed');
  await server.call('clips.create', { text: seed });
  await app.reload();
  await pasteIntoPage(app, seed.replace('vowed Friday', 'pledged on Friday'));
  const review = app.getByRole('dialog', { name: 'Review clip' });
  await review.getByRole('alert').getByRole('button', { name: 'Compare' }).click();

  const view = app.getByRole('dialog', { name: 'Compare' });
  await expect(view.getByRole('banner', { name: 'Side B' })).toContainText('Your paste, not saved yet');
  await expect(view.locator('[data-kind="changed"] ins').first()).toContainText('pledged');
  await app.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(review).toBeVisible();
});

test('screenshot of the compare view', { tag: '@docs' }, async ({ app, server, picture }) => {
  const { updated } = await addViaductVersions(server);
  await app.reload();
  const view = await openVersionComparison(app, updated);
  await app.keyboard.press('n');
  await expect(view.locator('.current')).toContainText('Calder Valley');
  await app.evaluate(() => document.fonts.ready);
  await app.mouse.move(0, 799);
  await app.screenshot({ path: picture('compare.png') });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: picture('compare-dark.png') });
});
