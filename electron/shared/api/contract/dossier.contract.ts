import { z } from 'zod';
import { dossierSpecSchema, savedDossierShape, type DossierExport, type SavedDossier } from '../../models/dossier.js';
import { DOSSIER_FORMATS, DOWNLOAD_FORMATS } from '../../models/dossier-formats.js';
import type { DownloadReady } from '../../models/download.js';
import { id, method, text, type NamespaceMethods } from '../schema-helpers.js';

/** The clips of a dossier: ids in print order, or a collection by name or path ("Briefs/Ukraine"). */
const dossierSource = {
  clipIds: z.array(id).max(5_000).optional(),
  collection: text(1_000).optional(),
  /** Saved comparisons in print order; left out, a collection's own are printed. */
  comparisonIds: z.array(id).max(1_000).optional(),
  /** With clipIds: titled runs printed after them, as the builder shows a collection's sub-collections. */
  sections: z
    .array(z.object({ title: text(1_000).min(1, { message: 'give the section a title' }), clipIds: z.array(id).max(5_000) }))
    .max(1_000)
    .optional(),
  spec: dossierSpecSchema,
};

export const dossierContract = {
  'dossier.export': method<DossierExport>()(
    z.object({
      ...dossierSource,
      outPath: text(4_096).min(1, { message: 'give a file to write' }),
      format: z.enum(DOSSIER_FORMATS).default('pdf'),
      /** Chosen by the caller, so it can follow the job's progress events and cancel with dossier.cancel. */
      jobId: text(100).optional(),
    }),
  ),
  /**
   * The same documents as dossier.export, received as a file rather than written to a path on the
   * core's machine. A call makes the file and returns its `downloadId`; the renderer then fetches
   * the bytes once (browser mode: `POST /download/<id>` with the token; the app: the shell's save dialog).
   */
  'dossier.download': method<DownloadReady>()(
    z.object({
      ...dossierSource,
      format: z.enum(DOWNLOAD_FORMATS).default('pdf'),
      /** Chosen by the caller, so it can follow the job's progress events and cancel with dossier.cancel. */
      jobId: text(100).optional(),
    }),
  ),
  /** Stops a running dossier or library export by its job id. */
  'dossier.cancel': method<{ cancelled: boolean }>()(z.object({ jobId: text(100) })),
  /** paginate: false leaves out Paged.js, for a preview in a frame that runs no scripts. */
  'dossier.preview': method<{ html: string }>()(z.object({ ...dossierSource, paginate: z.boolean().default(true) })),
  'dossier.saved.list': method<SavedDossier[]>()(z.object({})),
  /** Creates a saved dossier, or with an id replaces that one. */
  'dossier.saved.save': method<SavedDossier>()(z.object({ ...savedDossierShape, id: id.optional() })),
  'dossier.saved.delete': method<SavedDossier>()(z.object({ id })),
} as const satisfies NamespaceMethods<'dossier'>;
