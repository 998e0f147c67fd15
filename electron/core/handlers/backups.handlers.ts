import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { backupFolder, listBackups, rotateBackup } from '../db/auto-backup.js';
import { inspectBackup, restoreLibrary } from '../db/backup.js';
import { usablePath } from '../db/file-path.js';
import { readSettings } from '../library/settings.repo.js';
import type { HandlerContext } from './handler-context.js';

/**
 * Backups and restore. Restore switches the session's library; the core runs it alone
 * (see `librarySwitchingMethods`), so it may close it.
 */
export function backupsHandlers({ session, library }: HandlerContext) {
  return {
    'backups.list': () => ({
      libraryPath: session.path,
      folder: backupFolder(session.path),
      backups: listBackups(session.path),
    }),
    'backups.create': async () => rotateBackup(session.db, session.path, (await readSettings(library)).backupKeep),
    'backups.restore': async ({ path }) => {
      const source = usablePath(path, 'backup to restore');
      // Listed or not, the file must be a healthy library this version can open; checked before anything closes.
      inspectBackup(source, session.binding);
      const libraryPath = session.path;
      const { clips, keptCopy } = await session.switchTo(libraryPath, () => restoreLibrary(source, libraryPath, session.binding));
      const kept = listBackups(libraryPath).find((b) => b.path === keptCopy);
      if (!kept)
        throw new ApiError(
          'internal',
          `The backup was restored, but the copy of the library as it was is missing from ${backupFolder(libraryPath)}.`,
        );
      return { clips, keptCopy: kept };
    },
  } satisfies NamespaceHandlers<'backups'>;
}
