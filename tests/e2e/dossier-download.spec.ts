import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, type Server } from './fixtures.js';

/** Four clips filed out of date order, one without a date, and one whose text tries to be Markdown. */
async function addFloodCollection(server: Server) {
  const clip = async (title: string, date: string | null, paragraphs: string[]) =>
    (
      await server.call<{ id: number }>('clips.create', {
        text: paragraphs.join('\n\n'),
        draft: { title, date, source: 'Elbe Courier', paragraphs },
      })
    ).id;
  const ids = [
    await clip('Shelters open in the old town', '2024-02-09', ['Three schools opened as shelters on Friday.']),
    await clip('River keeps rising', '2024-02-07', ['# Not a heading: the river rose *fast* overnight.', 'Sandbags ran out by noon.']),
    await clip('Undated notice from the council', null, ['The council thanked the volunteers.']),
    await clip('Water falls below the warning level', '2024-02-12', ['The gauge read 6.1 metres on Monday.']),
  ];
  const collection = await server.call<{ id: number }>('collections.create', {
    name: 'Elbe floods',
    description: 'The February floods, day by day.',
  });
  await server.call('collections.addClips', { id: collection.id, clipIds: ids });
}

async function openBuilder(app: Page) {
  await app.getByRole('tree', { name: 'Collections' }).getByRole('treeitem', { name: 'Elbe floods' }).click();
  await app.getByRole('button', { name: 'Dossier…' }).click();
  const builder = app.getByRole('dialog', { name: 'Dossier' });
  await expect(builder.getByRole('list', { name: 'Clips in print order' }).getByRole('listitem')).toHaveCount(4);
  return builder;
}

/** Where each title first appears in the text: their order in the document. */
function orderIn(text: string, titles: readonly string[]): string[] {
  return [...titles].sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

const TITLES = [
  'Shelters open in the old town',
  'River keeps rising',
  'Undated notice from the council',
  'Water falls below the warning level',
];

test('the builder downloads a Markdown dossier, oldest clip first, named safely after its title', async ({ app, server }, testInfo) => {
  await addFloodCollection(server);
  await app.reload();
  const builder = await openBuilder(app);
  await builder.getByRole('textbox', { name: 'Title', exact: true }).fill('Floods: CON/Elbe?');
  await builder.getByRole('radiogroup', { name: 'Clip order' }).getByText('Oldest first').click();
  const listed = builder.getByRole('list', { name: 'Clips in print order' }).getByRole('listitem');
  await expect(listed.nth(0)).toContainText('River keeps rising');
  await expect(listed.nth(3)).toContainText('Undated notice from the council');
  await expect(builder.getByText('By publication date; clips without a date come last.')).toBeVisible();

  await builder.getByRole('radiogroup', { name: 'File format' }).getByText('Markdown').click();
  await expect(builder.getByText('Saved to your downloads as Floods CON Elbe.md.')).toBeVisible();
  const downloading = app.waitForEvent('download');
  await builder.getByRole('button', { name: 'Download Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Floods CON Elbe.md');
  mkdirSync(testInfo.outputDir, { recursive: true });
  const out = testInfo.outputPath('floods.md');
  await download.saveAs(out);
  const md = readFileSync(out, 'utf8');
  expect(md).toContain('# Floods: CON/Elbe?');
  expect(md).toContain('## Introduction\n\nThe February floods, day by day.');
  expect([...md.matchAll(/^## \d+\. (.+)$/gm)].map((m) => m[1])).toEqual([
    'River keeps rising',
    'Shelters open in the old town',
    'Water falls below the warning level',
    'Undated notice from the council',
  ]);
  expect(md).toContain('\\# Not a heading: the river rose \\*fast\\* overnight.');
  await expect(builder.getByRole('status').filter({ hasText: /Downloaded Floods CON Elbe\.md/ })).toBeVisible();

  await expect(app.frameLocator('iframe[title="Dossier preview"]').locator('.cover-title')).toHaveText('Floods: CON/Elbe?');
  await app.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await app.screenshot({ path: testInfo.outputPath('downloaded-markdown.png') });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: testInfo.outputPath('downloaded-markdown-dark.png') });
});

test('the builder downloads a PDF with the newest clip first, and the preview follows the order', async ({ app, server }, testInfo) => {
  test.setTimeout(90_000);
  await addFloodCollection(server);
  await app.reload();
  const builder = await openBuilder(app);
  await builder.getByRole('radiogroup', { name: 'Clip order' }).getByText('Newest first').click();
  const preview = app.frameLocator('iframe[title="Dossier preview"]');
  await expect(preview.locator('h2.clip-title').first()).toHaveText('Water falls below the warning level');

  const downloading = app.waitForEvent('download', { timeout: 60_000 });
  await builder.getByRole('button', { name: 'Download PDF' }).click();
  await expect(builder.getByRole('progressbar', { name: 'Making the file' })).toBeVisible();
  // The stage words come from the core's progress events, streamed to the page.
  await expect(builder.getByText(/Starting the print engine…|Laying out the pages: \d+ so far…|Printing \d+ pages…/)).toBeVisible({
    timeout: 30_000,
  });
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Elbe floods.pdf');
  mkdirSync(testInfo.outputDir, { recursive: true });
  const out = testInfo.outputPath('floods.pdf');
  await download.saveAs(out);
  expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
  // The clips' own pages, after the contents (which lists them too, in the same order).
  const body = text.slice(text.lastIndexOf('The February floods, day by day.'));
  expect(orderIn(body, TITLES)).toEqual([
    'Water falls below the warning level',
    'Shelters open in the old town',
    'River keeps rising',
    'Undated notice from the council',
  ]);
  await expect(builder.getByRole('status').filter({ hasText: /Downloaded Elbe floods\.pdf\s*\d+ pages/ })).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('downloaded-pdf.png') });
});

test('the builder downloads the collection as a lossless JSON export', async ({ app, server }, testInfo) => {
  await addFloodCollection(server);
  await app.reload();
  const builder = await openBuilder(app);
  await builder.getByRole('radiogroup', { name: 'File format' }).getByText('JSON').click();
  await expect(builder.getByText(/nothing lost, to import into another Cuttings library/)).toBeVisible();
  const downloading = app.waitForEvent('download');
  await builder.getByRole('button', { name: 'Download JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Elbe floods.json');
  mkdirSync(testInfo.outputDir, { recursive: true });
  const out = testInfo.outputPath('floods.json');
  await download.saveAs(out);
  const data = JSON.parse(readFileSync(out, 'utf8')) as {
    format: string;
    scope: unknown;
    collections: { name: string; clips: number[] }[];
    clips: unknown[];
  };
  expect(data).toMatchObject({ format: 'cuttings-export', version: 2, scope: { collection: 'Elbe floods' } });
  expect(data.collections).toMatchObject([{ name: 'Elbe floods', description: 'The February floods, day by day.', clips: [1, 2, 3, 4] }]);
  expect(data.clips).toHaveLength(4);
});
