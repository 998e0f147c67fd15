import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors.js';

export type Db = Database.Database;

/** Which build of better-sqlite3's native code opens files (see native-binding.ts); absent: the package's own. */
export interface SqliteBinding {
  nativeBinding?: string | undefined;
}

/** The one place the core opens an SQLite file, so every file opens with the runtime's build. */
export function openSqlite(path: string | Buffer, options: Database.Options, binding: SqliteBinding = {}): Db {
  const { nativeBinding } = binding;
  if (!nativeBinding) return new Database(path, options);
  if (!existsSync(nativeBinding)) {
    throw new ApiError(
      'library_unavailable',
      `The database engine built for the desktop app is missing at ${nativeBinding}. In a checkout, run \`npm start\` to build it (\`npm run serve\` opens the library in a browser meanwhile); an installed Cuttings must be installed again.`,
    );
  }
  return new Database(path, { ...options, nativeBinding });
}
