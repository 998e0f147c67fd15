import { createCoreService, type CoreService, LibraryRefusedError, recoveryHint, syncedFolderOf, syncedFolderWarning } from '../core/index.js';
import { CliError } from './cli-error.js';
import { terminalSafe } from './terminal-text.js';

/** Opens the library for a command; a damaged or foreign one is refused with the way back from a backup. */
export function openCore(libraryPath: string): CoreService {
  const synced = syncedFolderOf(libraryPath);
  if (synced) process.stderr.write(`cuttings: warning: ${terminalSafe(syncedFolderWarning(synced))}\n`);
  try {
    return createCoreService(libraryPath);
  } catch (err) {
    if (err instanceof LibraryRefusedError && err.reason !== 'newer') {
      throw new CliError(`${err.message}\n\n${recoveryHint(libraryPath)}`);
    }
    throw err;
  }
}
