import { createCoreService, type CoreService } from '../core/core-service.js';
import { LibraryRefusedError } from '../core/db/open-library.js';
import { recoveryHint } from '../core/db/recovery-hint.js';
import { CliError } from './cli-error.js';

/** Opens the library for a command; a damaged or foreign one is refused with the way back from a backup. */
export function openCore(libraryPath: string): CoreService {
  try {
    return createCoreService(libraryPath);
  } catch (err) {
    if (err instanceof LibraryRefusedError && err.reason !== 'newer') {
      throw new CliError(`${err.message}\n\n${recoveryHint(libraryPath)}`);
    }
    throw err;
  }
}
