import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { safeFileName } from '../../shared/export/safe-file-name.js';
import type { DownloadFormat } from '../../shared/models/dossier-formats.js';
import type { DownloadReady } from '../../shared/models/download.js';
import type { Db } from '../db/open-library.js';
import { writeChunksAtomic } from '../dossier/atomic-write.js';
import { offerDownload, offerFileDownload } from './downloads.js';
import { prepareLibraryExport, type ExportScope } from './export-library.js';

const MIME_TYPES: Record<DownloadFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
};

/**
 * A library export as a download. It is written to a temporary file a clip at a time, since a
 * whole library can be larger than memory allows; the download deletes it once fetched.
 */
export async function offerLibraryExport(db: Db, scope: ExportScope, title: string, signal: AbortSignal): Promise<DownloadReady> {
  const prepared = prepareLibraryExport(db, scope);
  const path = join(tmpdir(), `cuttings-export-${randomBytes(8).toString('hex')}.json`);
  const bytes = await writeChunksAtomic(path, prepared.chunks, signal).catch((err: Error) => {
    if (signal.aborted) throw new ApiError('cancelled', 'The export was cancelled. Nothing was saved.');
    throw new ApiError('internal', `The export could not be written to a temporary file: ${err.message}`);
  });
  const fileName = safeFileName(title, 'json', 'Cuttings export');
  const downloadId = offerFileDownload({ fileName, mimeType: MIME_TYPES.json, path, bytes });
  return { downloadId, fileName, mimeType: MIME_TYPES.json, bytes, clips: prepared.clips, pages: null };
}

/** A rendered dossier, held in memory for one fetch. */
export function offerDossier(format: DownloadFormat, title: string, made: { data: string | Buffer; clips: number; pages: number | null }): DownloadReady {
  const data = typeof made.data === 'string' ? Buffer.from(made.data, 'utf8') : made.data;
  const fileName = safeFileName(title, format, 'Dossier');
  const mimeType = MIME_TYPES[format];
  const downloadId = offerDownload({ fileName, mimeType, data });
  return { downloadId, fileName, mimeType, bytes: data.length, clips: made.clips, pages: made.pages };
}
