import { resolve } from 'node:path';
import type { DossierExport, DossierSpec } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { Db } from '../db/open-library.js';
import { checkWritable, writeFileAtomic } from './atomic-write.js';
import { buildDossierHtml } from './build-dossier-html.js';
import { loadDossierClips } from './dossier-clips.js';
import type { PrintedComparison } from './dossier-comparisons.js';
import type { DossierProgress } from './dossier-jobs.js';
import { RenderCancelled, type PdfRenderer } from './pdf-renderer.js';
import { addPdfProperties } from './pdf-metadata.js';
import { countPdfPages } from './pdf-pages.js';

export interface ExportRequest {
  clipIds: readonly number[];
  spec: DossierSpec;
  outPath: string;
  format: 'pdf' | 'html';
  comparisons?: readonly PrintedComparison[];
}

export interface ExportOptions {
  renderer: PdfRenderer;
  onProgress?: (progress: DossierProgress) => void;
  signal?: AbortSignal;
}

/**
 * Builds the dossier and writes it atomically. Every failure comes back as an ApiError with a
 * message for the person exporting; nothing is left at the output path unless it succeeded.
 */
export async function exportDossier(db: Db, request: ExportRequest, options: ExportOptions): Promise<DossierExport> {
  if (!request.clipIds.length) {
    throw new ApiError('bad_input', 'The dossier has no clips. Choose some clips, or a collection that has clips in it.');
  }
  const path = resolve(request.outPath);
  await checkWritable(path).catch((err: Error) => {
    throw new ApiError('bad_input', `Cannot write the dossier to ${path}: ${err.message}.`);
  });
  const clips = loadDossierClips(db, request.clipIds);
  options.onProgress?.({ stage: 'building', clips: clips.length });
  const html = buildDossierHtml(clips, request.spec, { comparisons: request.comparisons ?? [] });

  let data: string | Buffer = html;
  let pages: number | null = null;
  if (request.format === 'pdf') {
    try {
      const pdf = await options.renderer.render(html, {
        paperSize: request.spec.paperSize,
        onProgress: options.onProgress,
        signal: options.signal,
      });
      data = addPdfProperties(pdf, { author: request.spec.author, subject: request.spec.subtitle, creator: 'Cuttings' });
    } catch (err) {
      if (err instanceof RenderCancelled) throw new ApiError('cancelled', err.message);
      throw new ApiError('internal', `Printing the dossier failed: ${(err as Error).message}`);
    }
    pages = countPdfPages(data);
  }
  if (options.signal?.aborted) throw new ApiError('cancelled', new RenderCancelled().message);
  options.onProgress?.({ stage: 'writing' });
  await writeFileAtomic(path, data).catch((err: Error) => {
    throw new ApiError('bad_input', `Cannot write the dossier to ${path}: ${err.message}.`);
  });
  return { path, format: request.format, pages, bytes: Buffer.byteLength(data), clips: clips.length };
}
