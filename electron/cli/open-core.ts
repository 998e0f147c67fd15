import { createCoreService, type CoreService, LibraryRefusedError, recoveryHint } from '../core/index.js';
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
