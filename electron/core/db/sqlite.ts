import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ApiError } from '../../shared/api/errors.js';

const require = createRequire(import.meta.url);

export type Db = Database.Database;

/** Which build of better-sqlite3's native code opens files (see native-binding.ts); absent: the package's own. */
export interface SqliteBinding {
  nativeBinding?: string | undefined;
}

/** The one place the core opens an SQLite file, so every file opens with the runtime's build. */
export function openSqlite(path: string | Buffer, options: Database.Options, binding: SqliteBinding = {}): Db {
  // Loaded with the first file opened: `cuttings --help` and the team commands open none.
  const SqliteDatabase = require('better-sqlite3') as typeof import('better-sqlite3');
  const { nativeBinding } = binding;
  if (!nativeBinding) return new SqliteDatabase(path, options);
  if (!existsSync(nativeBinding)) {
    throw new ApiError(
      'library_unavailable',
      `The database engine built for the desktop app is missing at ${nativeBinding}. In a checkout, run \`npm start\` to build it (\`npm run serve\` opens the library in a browser meanwhile); an installed Cuttings must be installed again.`,
    );
  }
  return new SqliteDatabase(path, { ...options, nativeBinding });
}
