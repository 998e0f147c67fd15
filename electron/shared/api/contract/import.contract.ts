import { z } from 'zod';
import type { ImportFileResult } from '../../models/file-import.js';
import { MAX_IMPORT_BATCH, MAX_IMPORT_FILE_BYTES, MAX_PASTE_CHARS } from '../limits.js';
import { method, text, type NamespaceMethods } from '../schema-helpers.js';

const fileName = text(1_000).min(1, { message: 'each file needs its name' });

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
  /** The headlines of the articles a PDF would split into, so the app can ask before importing it. */
  'import.pdfArticles': method<{ headlines: string[] }>()(z.object({ name: fileName, base64 })),
} as const satisfies NamespaceMethods<'import'>;
