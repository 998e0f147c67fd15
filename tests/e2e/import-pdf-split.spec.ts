import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.js';
import { PdfMaker } from '../support/make-pdf.js';

const headlines = ['Tram depot to be rebuilt', 'Night buses return on Fridays', 'Cycle hire scheme doubles its fleet'];
const bulletin = headlines
  .map(
    (h, i) =>
      `<h1>${h}</h1><p>Notice ${i + 1}: the transport board confirmed the plan at its meeting on Thursday, a spokeswoman said.</p><p>Passengers will be told at stops this month.</p>`,
  )
  .join('');

let dir: string;
let pdf: string;
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cuttings-pdf-split-e2e-'));
  const maker = new PdfMaker();
  try {
    pdf = join(dir, 'bulletin.pdf');
    writeFileSync(pdf, await maker.pdf(bulletin));
  } finally {
    await maker.close();
  }
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a PDF of several articles asks, showing their headlines, whether to keep one clip or one for each', async ({ app }, testInfo) => {
  await app.getByRole('button', { name: 'Import files', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Import files' });
  await dialog.getByLabel('Files to import').setInputFiles(pdf);

  const question = dialog.getByRole('group', { name: 'bulletin.pdf holds 3 articles' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('list', { name: 'Articles found' }).getByRole('listitem')).toHaveText(headlines);
  await app.screenshot({ path: testInfo.outputPath('import-pdf-split.png') });
  await dialog.getByRole('button', { name: 'Keep as one clip' }).click();
  await expect(dialog.getByRole('heading', { name: '1 of 1 file added' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(app.getByText('1 clip', { exact: true })).toBeVisible();
  await expect(app.getByRole('listbox').getByText(headlines[0]!)).toBeVisible();

  await app.getByRole('button', { name: 'Import files', exact: true }).click();
  await dialog.getByLabel('Files to import').setInputFiles(pdf);
  await dialog.getByRole('button', { name: 'Keep as 3 clips' }).click();
  await expect(dialog.getByRole('heading', { name: /clips added from 1 file/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  for (const h of headlines.slice(1)) await expect(app.getByRole('listbox').getByText(h, { exact: true })).toBeVisible();
});
