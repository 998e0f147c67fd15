import {
  createCoreService,
  type CoreService,
  LibraryRefusedError,
  type MigrationProgress,
  recoveryHint,
  syncedFolderOf,
  syncedFolderWarning,
} from '../core/index.js';
import { CliError } from './cli-error.js';
import { progressBar } from './progress-bar.js';
import { terminalSafe } from './terminal-text.js';

/** Opens the library for a command; a damaged or foreign one is refused with the way back from a backup. */
export function openCore(libraryPath: string): CoreService {
  const synced = syncedFolderOf(libraryPath);
  if (synced) process.stderr.write(`cuttings: warning: ${terminalSafe(syncedFolderWarning(synced))}\n`);
  try {
    return createCoreService(libraryPath, { onMigrationProgress: migrationProgress() });
  } catch (err) {
    if (err instanceof LibraryRefusedError && err.reason !== 'newer') {
      throw new CliError(`${err.message}\n\n${recoveryHint(libraryPath)}`);
    }
    throw err;
  }
}

/** A bar on stderr for a library brought up to date by a long migration, drawn only when one runs. */
function migrationProgress(): (p: MigrationProgress) => void {
  let bar: ReturnType<typeof progressBar> | null = null;
  return ({ migration, done, total }) => {
    bar ??= progressBar(`Updating the library (${migration})`);
    bar.update(done, total);
    if (done === total) {
      bar.finish();
      bar = null;
    }
  };
}
