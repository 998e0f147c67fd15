import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { safeFileName } from '../../shared/export/safe-file-name.js';
import type { ExportProgress } from '../../shared/models/core-events.js';
import type { DownloadFormat } from '../../shared/models/dossier-formats.js';
import type { DownloadReady } from '../../shared/models/download.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { writeChunksAtomic } from '../dossier/atomic-write.js';
import { PRIVATE_FILE_MODE } from '../db/private-files.js';
import { privateTempFolder } from './private-temp.js';
import type { DownloadShelf } from './downloads.js';
import { prepareLibraryExport, type ExportScope } from './export-library.js';

const MIME_TYPES: Record<DownloadFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
};

/**
 * A library export as a download. It is read from a snapshot of the library, so the file is the
 * library at one moment whatever is written meanwhile, and written to a temporary file a clip at
 * a time, since a whole library can be larger than memory allows, in this process's private
 * folder; the download deletes it once fetched, and a copy saved from it is private too.
 */
export function offerLibraryExport(
  { library, downloads }: { library: LibraryDatabase; downloads: DownloadShelf },
  scope: ExportScope,
  title: string,
  job: { signal: AbortSignal; report?: (progress: ExportProgress) => void },
): Promise<DownloadReady> {
  return library.readSnapshot(async (snapshot) => {
    const prepared = await prepareLibraryExport(snapshot, scope, job.report);
    const path = join(privateTempFolder(), `export-${randomBytes(8).toString('hex')}.json`);
    const bytes = await writeChunksAtomic(path, prepared.chunks, { signal: job.signal, mode: PRIVATE_FILE_MODE }).catch((err: Error) => {
      if (job.signal.aborted) throw new ApiError('cancelled', 'The export was cancelled. Nothing was saved.');
      throw new ApiError('internal', `The export could not be written to a temporary file: ${err.message}`);
    });
    const fileName = safeFileName(title, 'json', 'Cuttings export');
    const downloadId = downloads.offerFile({ fileName, mimeType: MIME_TYPES.json, path, bytes, private: true });
    return { downloadId, fileName, mimeType: MIME_TYPES.json, bytes, clips: prepared.clips, pages: null };
  });
}

/** A rendered dossier, held in memory for one fetch. */
export function offerDossier(
  downloads: DownloadShelf,
  format: DownloadFormat,
  title: string,
  made: { data: string | Buffer; clips: number; pages: number | null },
): DownloadReady {
  const data = typeof made.data === 'string' ? Buffer.from(made.data, 'utf8') : made.data;
  const fileName = safeFileName(title, format, 'Dossier');
  const mimeType = MIME_TYPES[format];
  const downloadId = downloads.offer({ fileName, mimeType, data });
  return { downloadId, fileName, mimeType, bytes: data.length, clips: made.clips, pages: made.pages };
}
