import type { Page } from '@playwright/test';
import { test, expect, corpusText, pasteIntoPage } from './fixtures.js';
import { addOrganisedLibrary, highlightPhrase } from './organised-library.js';

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 799);
}

// The README's pictures (tagged @docs) are rewritten by `npm run screenshots`; under `npm test` they
// and the compact variants go to the test output, so a reviewer can look at every theme and size.
test.describe('screenshots', () => {
  test('main window with clips and one open in the reader', { tag: '@docs' }, async ({ app, server, picture }, testInfo) => {
    const library = await addOrganisedLibrary(server);
    await highlightPhrase(
      server,
      library.china,
      'to expand Argentine soymeal shipments to China',
      'yellow',
      'Volumes not disclosed: ask the embassy.',
    );
    await highlightPhrase(server, library.china, 'Neither side disclosed the value of the rail study', 'blue');
    await app.reload();
    const tags = app.getByRole('tree', { name: 'Tags' });
    await tags.getByRole('treeitem', { name: /^region, / }).press('ArrowRight');
    await app.getByRole('tree', { name: 'Collections' }).getByRole('treeitem', { name: 'Minister’s brief' }).press('ArrowRight');
    await app.locator(`[data-clip-id="${library.china}"]`).click();
    await expect(app.getByRole('heading', { level: 1, name: /China, Argentina sign soymeal/ })).toBeVisible();
    await settle(app);
    await app.screenshot({ path: picture('screenshot.png') });

    await app.emulateMedia({ colorScheme: 'dark' });
    await settle(app);
    await app.screenshot({ path: picture('screenshot-dark.png') });

    await app.setViewportSize({ width: 1024, height: 700 });
    await settle(app);
    await app.screenshot({ path: testInfo.outputPath('compact-dark.png') });
    await app.emulateMedia({ colorScheme: 'light' });
    await app.screenshot({ path: testInfo.outputPath('compact-light.png') });
  });

  test('organising: a collection, a search with facets, the indexes, bulk selection, the highlight editor', async ({
    app,
    server,
  }, testInfo) => {
    const library = await addOrganisedLibrary(server);
    await highlightPhrase(server, library.china, 'to expand Argentine soymeal shipments to China', 'green', 'Volumes not disclosed.');
    await app.reload();
    const shoot = async (name: string) => {
      await settle(app);
      await app.screenshot({ path: testInfo.outputPath(`${name}-light.png`) });
      await app.emulateMedia({ colorScheme: 'dark' });
      await settle(app);
      await app.screenshot({ path: testInfo.outputPath(`${name}-dark.png`) });
      await app.emulateMedia({ colorScheme: 'light' });
    };

    const climate = app.getByRole('tree', { name: 'Collections' }).getByRole('treeitem', { name: 'Climate and harvests' });
    await climate.click();
    await app.getByRole('option').first().click();
    await shoot('collection');

    await climate.hover();
    await climate.getByRole('button', { name: /^Actions for/ }).click();
    await shoot('row-menu');
    await app.getByRole('menuitem', { name: 'Rename…' }).click();
    await shoot('prompt');
    await app.keyboard.press('Escape');

    await app.getByRole('button', { name: 'All clips' }).click();
    await app.getByRole('searchbox', { name: 'Search clips' }).fill('said');
    await expect(app.getByRole('region', { name: 'Narrow the search' })).toBeVisible();
    await shoot('search-facets');

    await app.getByRole('button', { name: 'Search syntax' }).click();
    await shoot('search-help');
    await app.keyboard.press('Escape');

    await app.getByRole('button', { name: 'Quotes' }).click();
    await app.getByRole('list', { name: 'Quotes' }).getByRole('button').first().click();
    await shoot('quotes');

    await app.getByRole('button', { name: 'People', exact: true }).click();
    await expect(app.getByRole('list', { name: 'people' }).getByRole('button').first()).toBeVisible();
    await shoot('people');

    await app.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect(app.getByRole('list', { name: 'Clips per month' })).toBeVisible();
    await shoot('timeline');

    await app.getByRole('button', { name: 'All clips' }).click();
    await app.getByRole('option').first().click();
    await app
      .getByRole('option')
      .nth(2)
      .click({ modifiers: ['Shift'] });
    await shoot('bulk');

    await app.locator(`[data-clip-id="${library.china}"]`).click();
    await app.locator('.hl').click();
    await shoot('highlight-editor');
  });

  test('the review step of a paste', { tag: '@docs' }, async ({ app, server, picture }, testInfo) => {
    await server.call('clips.create', { text: corpusText('v05_ap_barents_rescue') });
    await app.reload();
    await pasteIntoPage(app, corpusText('v02_reuters_china_argentina'));
    await expect(app.getByRole('dialog', { name: 'Review clip' })).toBeVisible();
    await settle(app);
    await app.screenshot({ path: picture('review-step.png') });

    await app.emulateMedia({ colorScheme: 'dark' });
    await settle(app);
    await app.screenshot({ path: picture('review-step-dark.png') });

    await app.keyboard.press('Escape');
    await pasteIntoPage(app, corpusText('v05_ap_barents_rescue'));
    await expect(app.getByRole('dialog', { name: 'Review clip' }).getByRole('alert')).toBeVisible();
    await app.setViewportSize({ width: 1024, height: 700 });
    await settle(app);
    await app.screenshot({ path: testInfo.outputPath('review-duplicate-compact-dark.png') });
  });

  test('a new library', async ({ app }, testInfo) => {
    await settle(app);
    await app.screenshot({ path: testInfo.outputPath('empty-light.png') });
    await app.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot({ path: testInfo.outputPath('empty-dark.png') });
  });
});
