import { z } from 'zod';
import type { MoveResult } from '../../models/backups.js';
import type { DownloadReady } from '../../models/download.js';
import type { LibraryInfo } from '../../models/library.js';
import { method, text, type NamespaceMethods } from '../schema-helpers.js';

const filePath = text(4_096).min(1, { message: 'give the path of a file' });

export const libraryContract = {
  'library.info': method<LibraryInfo>()(z.object({})),
  /**
   * The whole library, or one collection with its sub-collections, as a Cuttings export to
   * download: a snapshot, whatever is written meanwhile. Stopped with dossier.cancel.
   */
  'library.export': method<DownloadReady>()(z.object({ collection: text(1_000).optional(), jobId: text(100).optional() })),
  /**
   * Copies the library to a new file, checks it and works from there; the old file is left as it
   * was. The caller picks `jobId` to follow its progress events and stop it with library.moveCancel.
   */
  'library.move': method<MoveResult>()(z.object({ to: filePath, jobId: text(100).optional() })),
  'library.moveCancel': method<{ cancelled: boolean }>()(z.object({ jobId: text(100) })),
} as const satisfies NamespaceMethods<'library'>;
