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
import { offerDownload } from '../transfer/downloads.js';
import { prepareLibraryExport, type ExportScope } from '../transfer/export-library.js';

const MIME_TYPES: Record<DownloadFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
};

/** The export as bytes, its pieces joined once at the end rather than into one growing string. */
function exportBytes(db: Db, scope: ExportScope): { data: Buffer; clips: number } {
  const prepared = prepareLibraryExport(db, scope);
  return { data: Buffer.concat([...prepared.chunks].map((chunk) => Buffer.from(chunk, 'utf8'))), clips: prepared.clips };
}

function offer(format: DownloadFormat, title: string, fallback: string, made: { data: string | Buffer; clips: number; pages: number | null }): DownloadReady {
  const data = typeof made.data === 'string' ? Buffer.from(made.data, 'utf8') : made.data;
  const fileName = safeFileName(title, format, fallback);
  const mimeType = MIME_TYPES[format];
  const downloadId = offerDownload({ fileName, mimeType, data });
  return { downloadId, fileName, mimeType, bytes: data.length, clips: made.clips, pages: made.pages };
}

/** Exports made for the UI to download (issue 6): the same documents as dossier.export, held in memory for one fetch. */
export function exportHandlers(db: Db) {
  return {
    'dossier.download': async ({ clipIds, collection, spec, format, jobId }) => {
      const source = resolveDossierSource(db, { clipIds, collection });
      const job = startJob(jobId);
      try {
        let made: { data: string | Buffer; clips: number; pages: number | null };
        if (format === 'json') {
          job.report({ stage: 'building', clips: source.clipIds.length });
          made = { ...exportBytes(db, collection !== undefined ? { collection } : { clipIds: source.clipIds }), pages: null };
        } else {
          const request = { clipIds: source.clipIds, spec: { ...spec, introduction: spec.introduction || source.description }, format };
          made = await oneAtATime(() => renderDossier(db, request, { renderer: currentPdfRenderer(), onProgress: job.report, signal: job.signal }));
        }
        if (job.signal.aborted) throw new ApiError('cancelled', new RenderCancelled().message);
        job.report({ stage: 'writing' });
        return offer(format, spec.title, 'Dossier', made);
      } finally {
        job.finish();
      }
    },

    'library.export': ({ collection, jobId }) => {
      const job = startJob(jobId);
      try {
        const made = exportBytes(db, { collection });
        const day = new Date().toISOString().slice(0, 10);
        return offer('json', collection ?? `Cuttings library ${day}`, 'Cuttings export', { ...made, pages: null });
      } finally {
        job.finish();
      }
    },
  } satisfies Partial<ApiHandlers>;
}
