import { resolve } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { backupFolder, listBackups, rotateBackup } from '../db/auto-backup.js';
import { inspectBackup, restoreLibrary } from '../db/backup.js';
import { checkMoveTarget, copyLibraryTo } from '../db/move-library.js';
import { usablePath } from '../db/file-path.js';
import type { LibrarySession } from '../library/library-session.js';
import { cancelMove, moveProgress, startMoveJob } from '../library/move-jobs.js';
import { readSettings } from '../library/settings.repo.js';
import { defaultLibraryPath, rememberLibrary } from '../library-location.js';

/**
 * Backups, restore and moving the library. Restore and move switch the session's library;
 * the core runs them alone (see `librarySwitchingMethods`), so they may close it.
 */
export function backupsHandlers(session: LibrarySession, userData: string) {
  return {
    'backups.list': () => ({
      libraryPath: session.path,
      folder: backupFolder(session.path),
      backups: listBackups(session.path),
    }),
    'backups.create': () => rotateBackup(session.db, session.path, readSettings(session.db).backupKeep),
    'backups.restore': async ({ path }) => {
      const source = usablePath(path, 'backup to restore');
      // Listed or not, the file must be a healthy library this version can open; checked before anything closes.
      inspectBackup(source, session.binding);
      const libraryPath = session.path;
      const { clips, keptCopy } = await session.switchTo(libraryPath, () => restoreLibrary(source, libraryPath, session.binding));
      const kept = listBackups(libraryPath).find((b) => b.path === keptCopy);
      if (!kept) throw new ApiError('internal', `The backup was restored, but the copy of the library as it was is missing from ${backupFolder(libraryPath)}.`);
      return { clips, keptCopy: kept };
    },
    'library.move': async ({ to, jobId }) => {
      const from = session.path;
      const target = checkMoveTarget(to, from);
      const job = startMoveJob(jobId);
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
    'library.moveProgress': ({ jobId }) => moveProgress(jobId),
    'library.moveCancel': ({ jobId }) => ({ cancelled: cancelMove(jobId) }),
  } satisfies Partial<ApiHandlers>;
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
