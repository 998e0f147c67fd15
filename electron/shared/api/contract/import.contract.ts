import { z } from 'zod';
import type { ImportFileResult } from '../../models/file-import.js';
import type { LibraryImportResult } from '../../models/library-import.js';
import { EXPORT_CHUNK_CHARS, MAX_IMPORT_BATCH, MAX_IMPORT_FILE_BYTES, MAX_PASTE_CHARS } from '../limits.js';
import { method, text, type NamespaceMethods } from '../schema-helpers.js';

const fileName = text(1_000).min(1, { message: 'each file needs its name' });
/** Names a file in the core's temporary folder, so only letters, digits and dashes. */
const uploadId = z.string().regex(/^[A-Za-z0-9-]{8,100}$/, { message: 'an upload id is 8 to 100 letters, digits or dashes' });

/** Text files travel as text; binary ones (PDF) as base64, which is 4/3 of their size. */
const base64 = z.string().max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 4, { message: 'the file is too large to import' });

const importedFile = z.union([
  z.object({ name: fileName, text: text(MAX_PASTE_CHARS) }),
  z.object({
    name: fileName,
    base64,
    /** For a PDF of several articles: false keeps it as one clip; left out, each article is a clip. */
    pdfSplit: z.boolean().optional(),
  }),
]);

/**
 * Files the app read itself (the Import dialog, a drop onto the window), sent as name and
 * content; each is converted as `cuttings import` converts a file. The answer has one result per
 * clip-to-be, in the order sent: a file holding several articles or notes gives several.
 */
export const importContract = {
  'import.files': method<ImportFileResult[]>()(
    z.object({
      files: z.array(importedFile).min(1, { message: 'give at least one file' }).max(MAX_IMPORT_BATCH),
    }),
  ),
  /**
   * A Cuttings export the app read, sent in pieces: each appends its text to the upload named by
   * `uploadId` (the caller's own id), kept in the core's private temporary folder until run.
   */
  'import.exportChunk': method<{ chars: number }>()(z.object({ uploadId, text: text(EXPORT_CHUNK_CHARS) })),
  /**
   * Imports the uploaded export in batches, as `cuttings import` does; `jobId` follows its
   * progress events and lets import.exportCancel stop it between clips, keeping what was written.
   * `listClips` answers with where each clip of the file went too.
   */
  'import.exportRun': method<LibraryImportResult>()(
    z.object({ uploadId, name: fileName, jobId: text(100).optional(), listClips: z.boolean().optional() }),
  ),
  'import.exportCancel': method<{ cancelled: boolean }>()(z.object({ jobId: text(100) })),
  /** The headlines of the articles a PDF would split into, so the app can ask before importing it. */
  'import.pdfArticles': method<{ headlines: string[] }>()(z.object({ name: fileName, base64 })),
} as const satisfies NamespaceMethods<'import'>;
