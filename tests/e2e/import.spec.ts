import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, corpusText } from './fixtures.js';
import { shootBothThemes } from './dialog-shots.js';
import { ZOTERO_EXPORT_DIR } from '../support/fixtures.js';

const html = `<html><body><article><h1>Viaduct reopens</h1><p>The city's main viaduct reopened on Tuesday after eight months of repairs, officials said.</p><p>Traffic was light in the first hours.</p></article></body></html>`;
const email =
  'From: Desk <desk@example.org>\nSubject: Grain corridor\nContent-Type: text/plain; charset=utf-8\n\nGrain ships left Odesa under escort on Monday, the port authority said.\n';

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cuttings-import-e2e-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A folder as a user keeps one: articles in several formats, a subfolder, a repeat, and things that are not articles. */
function mixedFolder(): string {
  const desk = join(dir, 'Desk');
  mkdirSync(join(desk, 'July'), { recursive: true });
  writeFileSync(join(desk, 'barents.txt'), corpusText('v04_tass_barents_rescue'));
  writeFileSync(join(desk, 'barents copy.md'), corpusText('v04_tass_barents_rescue'));
  writeFileSync(join(desk, 'viaduct.html'), html);
  writeFileSync(join(desk, 'July', 'grain.eml'), email);
  writeFileSync(join(desk, 'July', 'almaty.txt'), corpusText('v01_almaty_water_dateline'));
  writeFileSync(join(desk, 'July', 'viaduct 1.txt'), corpusText('v06_ledger_viaduct_original'));
  writeFileSync(join(desk, 'July', 'viaduct 2.txt'), corpusText('v07_ledger_viaduct_updated'));
  writeFileSync(join(desk, 'July', 'empty.txt'), '  \n');
  writeFileSync(join(desk, 'scan.tiff'), 'II*\0 an image');
  writeFileSync(join(desk, '.DS_Store'), 'finder');
  return desk;
}

test('a folder of mixed files imports with a summary of what was added, repeated, failed and skipped', async ({ app }, testInfo) => {
  await app.getByRole('button', { name: 'Import files', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Import files' });
  await expect(dialog.getByRole('button', { name: 'Choose a folder…' })).toBeVisible();
  await shootBothThemes(app, testInfo, 'import-choose');

  await dialog.getByLabel('Folder to import').setInputFiles(mixedFolder());
  await expect(dialog.getByRole('heading', { name: '6 of 8 files added' })).toBeVisible();
  const stats = dialog.getByRole('status').getByRole('listitem');
  await expect(stats.filter({ hasText: /^\s*\d+\s+added/ })).toHaveText(/^\s*6\s+added, 1 as a new version of a saved clip/);
  await expect(stats.filter({ hasText: 'not added again' })).toHaveText(/1\s+duplicate not added again/);
  await expect(stats.filter({ hasText: /failed$/ })).toHaveText(/1\s+failed/);
  await expect(stats.filter({ hasText: 'skipped' })).toHaveText(/1\s+skipped/);
  await expect(dialog.getByText('Desk/July/empty.txt')).toBeVisible();
  await expect(dialog.getByText('Desk/scan.tiff')).toBeVisible();
  await expect(dialog.getByText('.DS_Store')).toHaveCount(0);
  await dialog.getByText('New versions').click();
  await expect(dialog.getByText('Desk/July/viaduct 2.txt')).toBeVisible();
  await expect(dialog.getByText(/a new version of clip \d+ \(81% alike\)/)).toBeVisible();
  await shootBothThemes(app, testInfo, 'import-summary');

  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('6 clips', { exact: true })).toBeVisible();
});

test('chosen files import the same way, and Ctrl+I opens the dialog', async ({ app }) => {
  writeFileSync(join(dir, 'viaduct.html'), html);
  writeFileSync(join(dir, 'grain.eml'), email);
  await app.locator('body').press('Control+i');
  const dialog = app.getByRole('dialog', { name: 'Import files' });
  await dialog.getByLabel('Files to import').setInputFiles([join(dir, 'viaduct.html'), join(dir, 'grain.eml')]);
  await expect(dialog.getByRole('heading', { name: '2 of 2 files added' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(app.getByText('2 clips', { exact: true })).toBeVisible();
  await expect(app.getByRole('listbox').getByText('Viaduct reopens')).toBeVisible();
});

test('an import can be stopped part way with Esc (or Stop); what was imported stays', async ({ app }, testInfo) => {
  const base = corpusText('seed');
  for (let i = 0; i < 40; i++)
    writeFileSync(
      join(dir, `story-${String(i).padStart(2, '0')}.txt`),
      `Story ${i} of the day.\n\n${base.slice(i * 13, i * 13 + 600)} ${i}`,
    );
  // Each batch takes a moment, as on a slow disk, so there is time to press Stop.
  await app.route('**/api/import.files', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await app.getByRole('button', { name: 'Import files', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Import files' });
  await dialog
    .getByLabel('Files to import')
    .setInputFiles(Array.from({ length: 40 }, (_, i) => join(dir, `story-${String(i).padStart(2, '0')}.txt`)));
  await expect(dialog.getByText(/Importing \d+ of 40 files/)).toBeVisible();
  await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(dialog.getByText(/story-0\d\.txt/)).toBeVisible();
  await shootBothThemes(app, testInfo, 'import-progress');
  await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '8');
  // More files dropped meanwhile are not lost without a word.
  await app.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Late story.'], 'late.txt', { type: 'text/plain' }));
    document.querySelector('dialog[open]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(dialog.getByRole('alert')).toHaveText(/were not added\. Drop them again when this import has finished/);
  await app.keyboard.press('Escape');
  await expect(dialog).toBeVisible();

  await expect(dialog.getByRole('heading', { name: /Stopped after \d+ of 40 files/ })).toBeVisible();
  const heading = await dialog.getByRole('heading', { name: /Stopped after/ }).textContent();
  const done = Number(/after (\d+)/.exec(heading ?? '')?.[1]);
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(40);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(app.getByText(`${done} clips`, { exact: true })).toBeVisible();
});

test('files dropped on the window are imported, with an overlay saying how many', async ({ app }) => {
  await app.evaluate(
    ([article, page]) => {
      const data = new DataTransfer();
      data.items.add(new File([article], 'almaty.txt', { type: 'text/plain' }));
      data.items.add(new File([page], 'viaduct.html', { type: 'text/html' }));
      (window as unknown as { dropped: DataTransfer }).dropped = data;
      document
        .querySelector('main, section')!
        .dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [corpusText('v01_almaty_water_dateline'), html] as const,
  );
  await expect(app.getByText('Drop to import 2 files')).toBeVisible();
  await app.evaluate(() => {
    const data = (window as unknown as { dropped: DataTransfer }).dropped;
    document.querySelector('main, section')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(app.getByText('Drop to import 2 files')).toBeHidden();
  const dialog = app.getByRole('dialog', { name: 'Import files' });
  await expect(dialog.getByRole('heading', { name: '2 of 2 files added' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(app.getByText('2 clips', { exact: true })).toBeVisible();
});

test('dropping files Cuttings cannot read says so', async ({ app }, testInfo) => {
  await app.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['%PDF'], 'scan.tiff', { type: 'image/tiff' }));
    const target = document.querySelector('section')!;
    target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  const dialog = app.getByRole('dialog', { name: 'Import files' });
  await expect(dialog.getByRole('heading', { name: 'Nothing to import' })).toBeVisible();
  await expect(dialog.getByText('None of the files is of a kind Cuttings reads')).toBeVisible();
  await expect(dialog.getByText('scan.tiff')).toBeVisible();
  await shootBothThemes(app, testInfo, 'import-nothing');
});

test('text dragged from a browser opens the paste review with it', async ({ app }, testInfo) => {
  const article = corpusText('v04_tass_barents_rescue');
  await app.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    (window as unknown as { dropped: DataTransfer }).dropped = data;
    document.querySelector('section')!.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, article);
  await expect(app.getByText('Drop to clip this text')).toBeVisible();
  await shootBothThemes(app, testInfo, 'drop-overlay-text');
  await app.evaluate(() => {
    const data = (window as unknown as { dropped: DataTransfer }).dropped;
    document.querySelector('section')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  const review = app.getByRole('dialog', { name: 'Review clip' });
  await expect(review).toBeVisible();
  await expect(review.locator('#review-title')).not.toHaveValue('');
});

test('a folder dropped from the file manager is searched, its subfolders too', async ({ app }, testInfo) => {
  const desk = mixedFolder();
  // The Import dialog waits for files; the overlay shows above it.
  await app.getByRole('button', { name: 'Import files', exact: true }).click();
  // Chromium's own drag and drop, as from a file manager: real files, so folders can be walked.
  const cdp = await app.context().newCDPSession(app);
  const data = { items: [], files: [desk], dragOperationsMask: 1 };
  await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', x: 640, y: 400, data });
  await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', x: 640, y: 400, data });
  await expect(app.getByText('Drop to import this file or folder')).toBeVisible();
  await shootBothThemes(app, testInfo, 'drop-overlay-files');
  await cdp.send('Input.dispatchDragEvent', { type: 'drop', x: 640, y: 400, data });

  const dialog = app.getByRole('dialog', { name: 'Import files' });
  await expect(dialog.getByRole('heading', { name: '6 of 8 files added' })).toBeVisible();
  await expect(dialog.getByText('Desk/July/empty.txt')).toBeVisible();
  await expect(dialog.getByText('Desk/scan.tiff')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(app.getByText('6 clips', { exact: true })).toBeVisible();
});

test('a Zotero RDF export chosen as a folder imports its items with their snapshots, not the snapshots as files', async ({ app }) => {
  const exported = join(dir, 'Press cuttings');
  cpSync(ZOTERO_EXPORT_DIR, exported, { recursive: true });
  await app.getByRole('button', { name: 'Import files', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Import files' });
  await dialog.getByLabel('Folder to import').setInputFiles(exported);
  // One file: the snapshot under files/ travels with the .rdf instead of being imported on its own.
  await expect(dialog.getByText('Importing 1 of 1 file')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: '3 clips added from 1 file' })).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(app.getByText('3 clips', { exact: true })).toBeVisible();
  await app.getByRole('listbox').getByText('Night ferry service to resume in spring').click();
  await expect(
    app
      .getByRole('region', { name: 'Reader' })
      .getByText('The overnight ferry between the harbour and the northern islands will run again'),
  ).toBeVisible();
});
