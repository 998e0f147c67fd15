import { resolve } from 'node:path';
import { syncedFolderOf, syncedFolderWarning } from '../db/synced-folder.js';
import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { schemaVersion } from '../db/open-library.js';
import { readOnlyMessage } from '../db/read-only.js';
import { checkMoveTarget, copyLibraryTo } from '../db/move-library.js';
import { countClips } from '../library/clips.repo.js';
import { defaultLibraryPath, rememberLibrary } from '../library-location.js';
import { offerLibraryExport } from '../transfer/offer-download.js';
import type { HandlerContext, LibraryContext } from './handler-context.js';

/** The library as a whole, whichever engine holds it: taking it away as one file. */
export function libraryExportHandlers(context: LibraryContext) {
  return {
    'library.export': async ({ collection, jobId }) => {
      const job = context.jobs.start('export', jobId);
      try {
        const day = new Date().toISOString().slice(0, 10);
        return await offerLibraryExport(context, { collection }, collection ?? `Cuttings library ${day}`, job);
      } finally {
        job.finish();
      }
    },
  } satisfies Partial<NamespaceHandlers<'library'>>;
}

/**
 * The open library file as a whole. A move switches the session's library; the core runs it alone
 * (see `librarySwitchingMethods`), so it may close it.
 */
export function libraryHandlers(context: HandlerContext) {
  const { db, library, session, userData, jobs } = context;
  return {
    ...libraryExportHandlers(context),
    'library.info': async () => {
      const { live, trashed } = await countClips(library);
      const synced = syncedFolderOf(session.path);
      return {
        path: session.path,
        clipCount: live ?? 0,
        trashCount: trashed ?? 0,
        schemaVersion: schemaVersion(db),
        syncWarning: synced && syncedFolderWarning(synced),
        readOnly: session.readOnly && readOnlyMessage(session.path, session.readOnly),
      };
    },

    'library.move': async ({ to, jobId }) => {
      const from = session.path;
      const target = checkMoveTarget(to, from);
      const job = jobs.start('move', jobId);
      let clips: number;
      try {
        ({ clips } = await copyLibraryTo(session.db, target, { onProgress: job.report, signal: job.signal, ...session.binding }));
      } finally {
        job.finish();
      }
      // Only the library a plain start opens follows the move; one opened by --library stays a one-off.
      const isDefault = resolve(defaultLibraryPath(userData)) === resolve(from);
      await session.switchTo(target, () => undefined);
      return { path: target, clips, previousPath: from, remembered: isDefault && remember(userData, target) };
    },
    'library.moveCancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  } satisfies NamespaceHandlers<'library'>;
}

/** The move has happened either way; a pointer that cannot be written only means the next start opens the old file. */
function remember(userData: string, path: string): boolean {
  try {
    rememberLibrary(userData, path);
    return true;
  } catch {
    return false;
  }
}
