import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { DownloadFormat } from '../../shared/api/export-contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { safeFileName } from '../../shared/export/safe-file-name.js';
import type { DownloadReady } from '../../shared/models/download.js';
import type { Db } from '../db/open-library.js';
import { oneAtATime, startJob } from '../dossier/dossier-jobs.js';
import { resolveDossierSource } from '../dossier/dossier-source.js';
import { RenderCancelled } from '../dossier/pdf-renderer.js';
import { renderDossier } from '../dossier/render-dossier.js';
import { currentPdfRenderer } from '../dossier/renderer-choice.js';
import { offerDownload, offerFileDownload } from '../transfer/downloads.js';
import { writeChunksAtomic } from '../dossier/atomic-write.js';
import { privateTempFolder } from '../transfer/private-temp.js';
import { PRIVATE_FILE_MODE } from '../db/private-files.js';
import { prepareLibraryExport, type ExportScope } from '../transfer/export-library.js';

const MIME_TYPES: Record<DownloadFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
};

/**
 * A library export as a download. It is written to a temporary file a clip at a time, since a
 * whole library can be larger than memory allows, in this process's private folder; the download
 * deletes it once fetched.
 */
async function offerExport(db: Db, scope: ExportScope, title: string, signal: AbortSignal): Promise<DownloadReady> {
  const prepared = prepareLibraryExport(db, scope);
  const path = join(privateTempFolder(), `export-${randomBytes(8).toString('hex')}.json`);
  const bytes = await writeChunksAtomic(path, prepared.chunks, { signal, mode: PRIVATE_FILE_MODE }).catch((err: Error) => {
    if (signal.aborted) throw new ApiError('cancelled', 'The export was cancelled. Nothing was saved.');
    throw new ApiError('internal', `The export could not be written to a temporary file: ${err.message}`);
  });
  const fileName = safeFileName(title, 'json', 'Cuttings export');
  const downloadId = offerFileDownload({ fileName, mimeType: MIME_TYPES.json, path, bytes });
  return { downloadId, fileName, mimeType: MIME_TYPES.json, bytes, clips: prepared.clips, pages: null };
}

function offer(format: DownloadFormat, title: string, made: { data: string | Buffer; clips: number; pages: number | null }): DownloadReady {
  const data = typeof made.data === 'string' ? Buffer.from(made.data, 'utf8') : made.data;
  const fileName = safeFileName(title, format, 'Dossier');
  const mimeType = MIME_TYPES[format];
  const downloadId = offerDownload({ fileName, mimeType, data });
  return { downloadId, fileName, mimeType, bytes: data.length, clips: made.clips, pages: made.pages };
}

/** Exports made for the UI to download (issue 6): the same documents as dossier.export, held for one fetch. */
export function exportHandlers(db: Db) {
  return {
    'dossier.download': async ({ clipIds, collection, comparisonIds, spec, format, jobId }) => {
      const source = resolveDossierSource(db, { clipIds, collection, comparisonIds });
      const job = startJob(jobId);
      try {
        if (format === 'json') {
          job.report({ stage: 'building', clips: source.clipIds.length });
          return await offerExport(db, collection !== undefined ? { collection } : { clipIds: source.clipIds }, spec.title, job.signal);
        }
        const request = {
          clipIds: source.clipIds,
          spec: { ...spec, introduction: spec.introduction || source.description },
          format,
          comparisons: source.comparisons,
        };
        const made = await oneAtATime(() => renderDossier(db, request, { renderer: currentPdfRenderer(), onProgress: job.report, signal: job.signal }));
        if (job.signal.aborted) throw new ApiError('cancelled', new RenderCancelled().message);
        job.report({ stage: 'writing' });
        return offer(format, spec.title, made);
      } finally {
        job.finish();
      }
    },

    'library.export': async ({ collection, jobId }) => {
      const job = startJob(jobId);
      try {
        const day = new Date().toISOString().slice(0, 10);
        return await offerExport(db, { collection }, collection ?? `Cuttings library ${day}`, job.signal);
      } finally {
        job.finish();
      }
    },
  } satisfies Partial<ApiHandlers>;
}
