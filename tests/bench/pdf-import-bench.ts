import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { pdfPageCount } from '../../electron/core/import/pdf/read-pdf.js';

/** Clips in the PDF that is imported: a press review of a few dozen pages, as press offices send. */
const PDF_CLIPS = 30;

/** pdf.js reading every page's text and nothing else: what the import adds its layout and clipping to. */
async function pdfjsTextMs(bytes: Uint8Array): Promise<number> {
  const started = performance.now();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  await doc.destroy();
  return performance.now() - started;
}

/**
 * Prints a dossier of the first clips to PDF with the core, then imports that PDF into an empty
 * library through the whole pipeline (pdf.js, reading order, running lines, split, clipper, save):
 * `pdfImportPagesPerSec`, beside pdf.js extracting the same pages' text alone.
 */
export async function benchPdfImport(
  core: CoreService,
  clipIds: number[],
  folder: string,
): Promise<{ pdfImportPagesPerSec: number; pdfjsTextPagesPerSec: number }> {
  const pdfPath = join(folder, 'pdf-import-bench.pdf');
  const printed = await core.dispatch('dossier.export', {
    clipIds: clipIds.slice(0, PDF_CLIPS),
    spec: { title: 'Press review', marking: 'Benchmark' },
    outPath: pdfPath,
    format: 'pdf',
  });
  if (!printed.ok) throw new Error(`The PDF to import could not be printed: ${printed.error.message}`);
  const bytes = new Uint8Array(readFileSync(pdfPath));
  const pages = await pdfPageCount(bytes);
  const importCore = createCoreService(join(folder, 'pdf-import.db'));
  try {
    const started = performance.now();
    const summary = await importCore.importFiles([pdfPath]);
    const ms = performance.now() - started;
    if (summary.failed.length) throw new Error(`The PDF import failed: ${summary.failed[0]!.reason}`);
    const perSec = (ms: number) => Math.round((pages / ms) * 1000 * 10) / 10;
    return { pdfImportPagesPerSec: perSec(ms), pdfjsTextPagesPerSec: perSec(await pdfjsTextMs(bytes)) };
  } finally {
    importCore.close();
  }
}
