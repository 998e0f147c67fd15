import { fileURLToPath } from 'node:url';
import { test, expect, corpusText, pasteIntoPage } from './fixtures.js';
import { addReviewedCorpusClips } from './corpus-library.js';

const docs = (name: string) => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));

// Written on every run so the README's pictures always show the current app.
test.describe('screenshots for the README', () => {
  test('main window with clips and one open in the reader', async ({ app, server }) => {
    const ids = await addReviewedCorpusClips(server, [
      'v12_long_puglia_olives',
      'v05_ap_barents_rescue',
      'v16_cbc_winter_road',
      'v02_reuters_china_argentina',
    ]);
    await app.reload();
    await app.locator(`[data-clip-id="${ids[3]}"]`).click();
    await expect(app.getByRole('heading', { level: 1, name: /China, Argentina sign soymeal/ })).toBeVisible();
    await app.evaluate(() => document.fonts.ready);
    await app.screenshot({ path: docs('screenshot.png') });
  });

  test('the review step of a paste', async ({ app }) => {
    await pasteIntoPage(app, corpusText('seed'));
    await expect(app.getByRole('dialog', { name: 'Review clip' })).toBeVisible();
    await app.evaluate(() => document.fonts.ready);
    await app.screenshot({ path: docs('review-step.png') });
  });
});
