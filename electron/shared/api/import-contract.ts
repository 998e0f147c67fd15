import { z } from 'zod';
import type { ImportFileResult } from '../models/file-import.js';
import { method, text } from './schema-helpers.js';
import { MAX_PASTE_CHARS } from './limits.js';

/** Most files in one call: the app sends small batches, so progress moves and a cancel lands soon. */
export const MAX_IMPORT_BATCH = 50;

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
} as const;
