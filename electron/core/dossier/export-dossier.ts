import { resolve } from 'node:path';
import type { DossierExport, DossierSpec } from '../../shared/models/dossier.js';
import { ApiError } from '../../shared/api/errors.js';
import type { DossierFormat } from '../../shared/models/dossier-formats.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { checkWritable, writeFileAtomic } from './atomic-write.js';
import { describeWriteError, isDiskFull } from '../db/disk-full.js';
import type { PrintedComparison } from './dossier-comparisons.js';
import type { DossierSection } from '../../shared/organise/collection-sections.js';
import { RenderCancelled } from './pdf-renderer.js';
import { renderDossier, type RenderOptions } from './render-dossier.js';

export interface ExportRequest {
  clipIds: readonly number[];
  spec: DossierSpec;
  outPath: string;
  format: DossierFormat;
  comparisons?: readonly PrintedComparison[];
  sections?: readonly DossierSection[];
}

export type ExportOptions = RenderOptions;

/**
 * Builds the dossier and writes it atomically. Every failure comes back as an ApiError with a
 * message for the person exporting; nothing is left at the output path unless it succeeded.
 */
export async function exportDossier(db: LibraryDatabase, request: ExportRequest, options: ExportOptions): Promise<DossierExport> {
  if (!request.clipIds.length) {
    throw new ApiError('bad_input', 'The dossier has no clips. Choose some clips, or a collection that has clips in it.');
  }
  const path = resolve(request.outPath);
  await checkWritable(path).catch((err: Error) => {
    if (isDiskFull(err))
      throw new ApiError('library_unavailable', `Cannot write the dossier to ${path}: ${describeWriteError(err, 'the dossier', path)}`);
    throw new ApiError('bad_input', `Cannot write the dossier to ${path}: ${err.message}.`);
  });
  const { data, pages, clips } = await renderDossier(db, request, options);
  if (options.signal?.aborted) throw new ApiError('cancelled', new RenderCancelled().message);
  options.onProgress?.({ stage: 'writing' });
  await writeFileAtomic(path, data).catch((err: Error) => {
    if (isDiskFull(err))
      throw new ApiError('library_unavailable', `Cannot write the dossier to ${path}: ${describeWriteError(err, 'the dossier', path)}`);
    throw new ApiError('bad_input', `Cannot write the dossier to ${path}: ${err.message}.`);
  });
  return { path, format: request.format, pages, bytes: Buffer.byteLength(data), clips };
}
