import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, type Server } from './fixtures.js';
import { addReviewedCorpusClips } from './corpus-library.js';

const command = process.platform === 'darwin' ? 'Meta' : 'Control';
const DESCRIPTION = 'How the **soymeal deal** and the Elbe floods were reported, for Thursday’s meeting.';

/** Three clips filed in a collection in a chosen order, with a description to introduce them. */
async function addBriefing(server: Server) {
  const ids = await addReviewedCorpusClips(server, ['v02_reuters_china_argentina', 'v10_de_dresden_flood', 'v03_xinhua_china_argentina']);
  const collection = await server.call<{ id: number }>('collections.create', { name: 'Thursday briefing', description: DESCRIPTION });
  await server.call('collections.addClips', { id: collection.id, clipIds: [ids[2], ids[0], ids[1]] });
  return ids;
}

async function openBuilder(app: Page) {
  await app.getByRole('tree', { name: 'Collections' }).getByRole('treeitem', { name: 'Thursday briefing' }).click();
  await expect(app.getByRole('option')).toHaveCount(3);
  await app.screenshot({ path: test.info().outputPath('collection-header.png') });
  await app.getByRole('button', { name: 'Dossier…' }).click();
  const builder = app.getByRole('dialog', { name: 'Dossier' });
  await expect(builder.getByRole('list', { name: 'Clips in print order' }).getByRole('listitem')).toHaveCount(3);
  return builder;
}

const preview = (app: Page) => app.frameLocator('iframe[title="Dossier preview"]');

test('a collection becomes a dossier: cover fields, clips in the collection’s order, a live preview and a PDF', async ({
  app,
  server,
}, testInfo) => {
  await addBriefing(server);
  await app.reload();
  const builder = await openBuilder(app);

  await expect(builder.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Thursday briefing');
  await expect(builder.getByRole('textbox', { name: /^Introduction/ })).toHaveValue(DESCRIPTION);
  const order = builder.getByRole('list', { name: 'Clips in print order' }).getByRole('listitem');
  await expect(order.nth(0)).toContainText('China, Argentina sign cooperation documents');
  await expect(order.nth(1)).toContainText('China, Argentina sign soymeal');
  await expect(order.nth(2)).toContainText('Elbe-Hochwasser');

  await expect(preview(app).locator('h2', { hasText: 'China, Argentina sign soymeal' })).toBeVisible();
  await expect(preview(app).locator('h2', { hasText: 'Elbe-Hochwasser' })).toBeVisible();
  await builder.getByRole('textbox', { name: 'Title', exact: true }).fill('Soymeal and floods');
  await builder.getByRole('textbox', { name: 'Marking', exact: true }).fill('For internal use');
  await expect(preview(app).locator('.cover-title')).toHaveText('Soymeal and floods');

  // The cover's date is written as every date field takes it; text it cannot read stops the export.
  const date = builder.getByRole('textbox', { name: 'Date', exact: true });
  await date.fill('next Tuesday');
  await date.press('Enter');
  await expect(builder.getByText(/Not a date Cuttings can read/)).toBeVisible();
  await expect(builder.getByRole('button', { name: 'Download PDF' })).toBeDisabled();
  await date.fill('3 March 2026');
  await date.press('Enter');
  await expect(builder.getByRole('button', { name: 'Download PDF' })).toBeEnabled();
  await expect(preview(app).getByText('3 March 2026')).toBeVisible();

  await expect(builder.getByText('Saved to your downloads as Soymeal and floods.pdf.')).toBeVisible();
  test.setTimeout(90_000);
  mkdirSync(testInfo.outputDir, { recursive: true });
  const out = testInfo.outputPath('briefing.pdf');
  const downloading = app.waitForEvent('download', { timeout: 60_000 });
  await builder.getByRole('button', { name: 'Download PDF' }).click();
  await expect(builder.getByRole('progressbar', { name: 'Making the file' })).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('exporting.png') });
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Soymeal and floods.pdf');
  await download.saveAs(out);
  await expect(builder.getByRole('status').filter({ hasText: /Downloaded Soymeal and floods\.pdf\s*\d+ pages · \d+ KB/ })).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('exported.png') });
  expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await app.keyboard.press('Escape');
  await expect(builder).toBeHidden();

  // The next time, the collection's dossier starts from the settings it was exported with.
  await app.getByRole('button', { name: 'Dossier…' }).click();
  await expect(builder.getByText(/As you last exported it/)).toBeVisible();
  await expect(builder.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Soymeal and floods');
  await expect(builder.getByRole('textbox', { name: 'Marking', exact: true })).toHaveValue('For internal use');
  await app.screenshot({ path: testInfo.outputPath('remembered.png') });
});

test('the collections inside a collection print as sections after its clips, unless the part is unticked', async ({ app, server }) => {
  await addBriefing(server);
  const [bridge] = await addReviewedCorpusClips(server, ['v09_zh_hangzhou_bridge']);
  const briefing = (await server.call<{ id: number; name: string }[]>('collections.list', {})).find((c) => c.name === 'Thursday briefing');
  const bridges = await server.call<{ id: number }>('collections.create', { name: 'Bridges', parentId: briefing!.id });
  await server.call('collections.addClips', { id: bridges.id, clipIds: [bridge] });
  await app.reload();
  const builder = await openBuilder(app);
  // The header counts what the sidebar counts: its own clips, and with those of the collections inside.
  await expect(app.getByLabel('Clips', { exact: true }).getByText('3 clips · 4 in all')).toBeVisible();

  await expect(builder.getByRole('heading', { name: /^Clips/ })).toContainText('4');
  const section = builder.getByRole('list', { name: 'Clips in the section Bridges' }).getByRole('listitem');
  await expect(section).toHaveCount(1);
  await expect(section.first()).toContainText('4');
  await expect(section.first()).toContainText('杭州');
  await expect(preview(app).locator('.section-title')).toHaveText('Bridges');
  await app.screenshot({ path: test.info().outputPath('sections.png') });

  await builder.getByRole('checkbox', { name: 'Sections' }).uncheck();
  await expect(builder.getByRole('list', { name: 'Clips in the section Bridges' })).toHaveCount(0);
  await expect(builder.getByRole('heading', { name: /^Clips/ })).toContainText('3');
  await expect(preview(app).locator('.section-title')).toHaveCount(0);
  await expect(preview(app).locator('h2', { hasText: '杭州' })).toHaveCount(0);
});

test('a new dossier is signed by the author and organisation of the last one exported', async ({ app, server }) => {
  const ids = await addBriefing(server);
  await server.call('collections.create', { name: 'Weekly digest' });
  await server.call('dossier.saved.save', {
    name: 'Weekly digest',
    spec: { title: 'Weekly digest', author: 'Mara Quell', organisation: 'Press office', marking: 'Internal' },
    collection: 'Weekly digest',
    clipIds: null,
  });
  await app.reload();

  // A collection never exported before starts with the signature, but not the other dossier's title or marking.
  const builder = await openBuilder(app);
  await expect(builder.getByRole('textbox', { name: 'Author', exact: true })).toHaveValue('Mara Quell');
  await expect(builder.getByRole('textbox', { name: 'Organisation', exact: true })).toHaveValue('Press office');
  await expect(builder.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Thursday briefing');
  await expect(builder.getByRole('textbox', { name: 'Marking', exact: true })).toHaveValue('');
  await app.keyboard.press('Escape');

  // So do clips picked in the list.
  await app.getByRole('button', { name: /^All clips/ }).click();
  await app.locator(`[data-clip-id="${ids[0]}"]`).click();
  await app.locator(`[data-clip-id="${ids[1]}"]`).click({ modifiers: [command] });
  await app.keyboard.press(`${command}+E`);
  await expect(builder.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Press cuttings');
  await expect(builder.getByRole('textbox', { name: 'Author', exact: true })).toHaveValue('Mara Quell');
});

test('an export can be cancelled, and nothing is saved', async ({ app, server }) => {
  await addBriefing(server);
  await app.reload();
  const builder = await openBuilder(app);
  let downloads = 0;
  app.on('download', () => downloads++);
  await builder.getByRole('button', { name: 'Download PDF' }).click();
  await builder.getByRole('button', { name: 'Cancel export' }).click();
  await expect(builder.getByText('Export cancelled. Nothing was saved.')).toBeVisible();
  await expect(builder.getByRole('button', { name: 'Download PDF' })).toBeEnabled();
  // Long enough for a print that was not really stopped to have finished and offered its file.
  await app.waitForTimeout(3_000);
  expect(downloads).toBe(0);
});

test('clips picked in the list make a dossier in the list’s order', async ({ app, server }) => {
  const [reuters, dresden] = await addReviewedCorpusClips(server, [
    'v02_reuters_china_argentina',
    'v10_de_dresden_flood',
    'v03_xinhua_china_argentina',
  ]);
  await app.reload();
  await app.locator(`[data-clip-id="${reuters}"]`).click();
  await app.locator(`[data-clip-id="${dresden}"]`).click({ modifiers: [command] });
  await app.getByRole('toolbar', { name: 'Selected clips' }).getByRole('button', { name: 'Dossier…' }).click();
  const builder = app.getByRole('dialog', { name: 'Dossier' });
  await expect(builder).toContainText('From the clips you picked');
  const order = builder.getByRole('list', { name: 'Clips in print order' }).getByRole('listitem');
  await expect(order).toHaveCount(2);
  // Newest first, as the list shows them.
  await expect(order.nth(0)).toContainText('Elbe-Hochwasser');
  await expect(preview(app).locator('h2', { hasText: 'China, Argentina sign soymeal' })).toBeVisible();
});

test('screenshot of the dossier builder', { tag: '@docs' }, async ({ app, server, picture }) => {
  await addBriefing(server);
  await app.reload();
  const builder = await openBuilder(app);
  await builder.getByRole('textbox', { name: 'Subtitle', exact: true }).fill('Trade with South America and the summer floods');
  await builder.getByRole('textbox', { name: 'Author', exact: true }).fill('Ana Lis Ferraro');
  await builder.getByRole('textbox', { name: 'Organisation', exact: true }).fill('Ministry of Agriculture');
  await builder.getByRole('textbox', { name: 'Marking', exact: true }).fill('Confidential — for internal use');
  await expect(preview(app).locator('.cover-subtitle')).toHaveText('Trade with South America and the summer floods');
  await app.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await app.evaluate(() => document.fonts.ready);
  await app.mouse.move(0, 799);
  await app.screenshot({ path: picture('dossier-builder.png') });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: picture('dossier-builder-dark.png') });
});
