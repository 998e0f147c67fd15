import { z } from 'zod';
import { DOSSIER_FORMATS } from '../models/dossier-formats.js';
import type { DownloadReady } from '../models/download.js';
import { method, text } from './schema-helpers.js';

/** What the builder offers: the dossier's three formats, and the lossless JSON export of its clips. */
export const DOWNLOAD_FORMATS = [...DOSSIER_FORMATS, 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/**
 * Exports the UI receives as a file rather than writing to a path on the core's machine (issue 6).
 * A call makes the file and returns its `downloadId`; the renderer then fetches the bytes once
 * (browser mode: `POST /download/<id>` with the token; the app: the shell's save dialog).
 * Built from the dossier's own source fields, so the two methods take exactly what dossier.export does.
 */
export function exportContract<Source extends z.ZodRawShape>(dossierSource: Source) {
  return {
    'dossier.download': method<DownloadReady>()(
      z.object({
        ...dossierSource,
        format: z.enum(DOWNLOAD_FORMATS).default('pdf'),
        /** Chosen by the caller, so it can follow progress (dossier.progress) and cancel (dossier.cancel). */
        jobId: text(100).optional(),
      }),
    ),
    /** The whole library, or one collection with its sub-collections, as a Cuttings export. */
    'library.export': method<DownloadReady>()(z.object({ collection: text(1_000).optional(), jobId: text(100).optional() })),
  } as const;
}
