import { z } from 'zod';
import type { ImportFileResult } from '../../models/file-import.js';
import { MAX_IMPORT_BATCH, MAX_IMPORT_FILE_BYTES, MAX_PASTE_CHARS } from '../limits.js';
import { method, text, type NamespaceMethods } from '../schema-helpers.js';

const fileName = text(1_000).min(1, { message: 'each file needs its name' });

/** Text files travel as text; binary ones (PDF) as base64, which is 4/3 of their size. */
const importedFile = z.union([
  z.object({ name: fileName, text: text(MAX_PASTE_CHARS) }),
  z.object({
    name: fileName,
    base64: z.string().max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 4, { message: 'the file is too large to import' }),
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
} as const satisfies NamespaceMethods<'import'>;
