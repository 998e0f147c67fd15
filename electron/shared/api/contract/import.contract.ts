import { z } from 'zod';
import type { ImportFileResult } from '../../models/file-import.js';
import { MAX_IMPORT_BATCH, MAX_PASTE_CHARS } from '../limits.js';
import { method, text, type NamespaceMethods } from '../schema-helpers.js';

/**
 * Files the app read itself (the Import dialog, a drop onto the window), sent as name and
 * content; each is converted as `cuttings import` converts a file and saved in its own transaction.
 */
export const importContract = {
  'import.files': method<ImportFileResult[]>()(
    z.object({
      files: z
        .array(z.object({ name: text(1_000).min(1, { message: 'each file needs its name' }), text: text(MAX_PASTE_CHARS) }))
        .min(1, { message: 'give at least one file' })
        .max(MAX_IMPORT_BATCH),
    }),
  ),
} as const satisfies NamespaceMethods<'import'>;
