import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.js';
import { largeExport } from '../support/export-file.js';

const CLIPS = 6_000;

test('a large library export shows its progress in the app, Stop keeps the batches written, and the summary says what was not imported', async ({
  app,
  server,
}, testInfo) => {
  test.setTimeout(180_000);
  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = testInfo.outputPath('large.json');
  writeFileSync(file, largeExport(CLIPS));

  await app.getByRole('button', { name: 'Import files', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Import files' });
  await dialog.getByLabel('Files to import').setInputFiles(file);

  // Past the first batch of clips written, Stop.
  const progress = dialog.getByRole('status');
  await expect(progress).toContainText(/Importing the library export large\.json: Writing ([6-9]\d\d|[1-9],\d{3}) of 6,000 clips/, {
    timeout: 120_000,
  });
  await dialog.getByRole('button', { name: 'Stop' }).click();

  const summary = dialog.getByRole('status');
  await expect(summary.getByRole('heading')).toHaveText('Stopped part-way through large.json', { timeout: 60_000 });
  const text = await summary.getByRole('region', { name: 'Library export large.json' }).innerText();
  const kept = Number(/([\d,]+) of 6,000 clips kept \(([\d,]+) added, 0 already in the library\)/.exec(text)?.[1]?.replace(/,/g, ''));
  expect(kept).toBeGreaterThanOrEqual(500);
  expect(kept).toBeLessThan(CLIPS);
  expect(text).toContain(`Stopped before the other ${(CLIPS - kept).toLocaleString('en-US')} clips: they were not imported.`);
  await app.screenshot({ path: testInfo.outputPath('import-export-stopped.png') });

  // What was kept is whole: every clip kept has its tag and its place in the collection.
  const info = await server.call<{ clipCount: number }>('library.info', {});
  expect(info.clipCount).toBe(kept);
  const tagged = await server.call<{ total: number }>('clips.list', { tag: 'shared', limit: 1 });
  expect(tagged.total).toBe(kept);
  const collections = await server.call<{ id: number; name: string }[]>('collections.list', {});
  const shared = collections.find((c) => c.name === 'Shared')!;
  const inCollection = await server.call<{ total: number }>('clips.list', { collectionId: shared.id, limit: 1 });
  expect(inCollection.total).toBe(kept);

  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(app.getByText(`${kept.toLocaleString('en-US')} clips`, { exact: true })).toBeVisible();
});
