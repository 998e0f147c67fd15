import { join } from 'node:path';
import { LIBRARY_FILE, userDataFolder } from '../library-location.js';

/**
 * The library file a team server keeps its clips in until the library runs on PostgreSQL:
 * `--library PATH`, else a file of its own in the user's data folder, never the personal library
 * (CUTTINGS_LIBRARY names that one).
 */
export function teamLibraryPath(flag: string | undefined): string {
  return flag ?? join(userDataFolder(), 'team', LIBRARY_FILE);
}
