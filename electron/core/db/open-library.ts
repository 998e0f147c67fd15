import { existsSync, openSync, readSync, closeSync, statSync, rmSync } from 'node:fs';
import { copyPrivate, createPrivateFile, keepPrivate, makePrivateFolder } from './private-files.js';
import { describeWriteError, isDiskFull } from './disk-full.js';
import { dirname } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { latestVersion, migrations } from './migrations/index.js';
import { applyMigration, type MigrationProgress } from './migrations/migration.js';
import { registerSqlFunctions } from './sql-functions.js';
import { openSqlite, type Db, type SqliteBinding } from './sqlite.js';
import { readSnapshot } from './read-only.js';

export type { Db } from './sqlite.js';

/**
 * A library refused as it is, with the reason, so callers can offer the right way out: a
 * damaged or foreign file can be replaced by a backup, a newer one needs a newer Cuttings.
 */
export class LibraryRefusedError extends ApiError {
  constructor(
    readonly reason: 'damaged' | 'foreign' | 'newer',
    readonly libraryPath: string,
    message: string,
  ) {
    super('library_unavailable', message);
  }
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * Opens (or creates) a library file and brings its schema up to date.
 * The file is the user's only copy of years of work, so every path that could damage it
 * refuses with a clear message instead: a foreign file, a damaged file, a newer schema.
 */
export interface OpenOptions extends SqliteBinding {
  readonly?: boolean;
  /** Told how a long migration is getting on, when opening a library made by an older version. */
  onMigrationProgress?: ((progress: MigrationProgress) => void) | undefined;
}

export function openLibrary(path: string, options: OpenOptions = {}): Db {
  assertLooksLikeSqlite(path);
  try {
    makePrivateFolder(dirname(path));
    if (!options.readonly) createPrivateFile(path);
  } catch (err) {
    throw new ApiError('library_unavailable', `Cannot create the folder for the library at ${path}: ${(err as Error).message}`);
  }
  if (!options.readonly) for (const file of [path, `${path}-wal`, `${path}-shm`]) keepPrivate(file);
  let db: Db;
  try {
    db = openSqlite(path, { readonly: options.readonly ?? false, timeout: 10_000 }, options);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(
      'library_unavailable',
      `Cannot open the library at ${path}: ${(err as Error).message}. Check that the path is right and that you may write to it.`,
    );
  }
  try {
    // Checks first: switching to WAL writes the file header, and a refused file stays untouched.
    db.pragma('busy_timeout = 10000');
    checkIntegrity(db, path);
    refuseNewerSchema(db, path);
    configure(db);
    migrate(db, path, options.onMigrationProgress);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Opens a library this account cannot write (see `readOnlyReason`) for reading only. SQLite reads
 * it in place when its -shm file is there or can be made, else from a copy in memory. A library
 * that needs its structure made or updated is refused: that would write to it.
 */
export function openLibraryReadOnly(path: string, reason: string, binding: SqliteBinding = {}): Db {
  assertLooksLikeSqlite(path);
  const db = openReadable(path, reason, binding);
  try {
    checkIntegrity(db, path);
    refuseNewerSchema(db, path);
    if (schemaVersion(db) < latestVersion) {
      throw new ApiError(
        'library_unavailable',
        `The library at ${path} must be set up or updated by this version of Cuttings before it opens, which writes to it, but ${reason}. Make the file and its folder writable for your account, or copy the library to a folder of your own and open that copy. It was left untouched.`,
      );
    }
    db.pragma('foreign_keys = ON');
    registerSqlFunctions(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** A read-only connection to the file where it is, or to its bytes in memory when SQLite cannot keep its -shm beside it. */
function openReadable(path: string, reason: string, binding: SqliteBinding): Db {
  const inPlace = openSqlite(path, { readonly: true, fileMustExist: true, timeout: 10_000 }, binding);
  try {
    inPlace.pragma('busy_timeout = 10000');
    // The first read: a WAL library's -shm is opened (or made) here.
    inPlace.pragma('schema_version');
    return inPlace;
  } catch (err) {
    inPlace.close();
    const code = (err as { code?: string }).code;
    if (code !== 'SQLITE_READONLY_DIRECTORY' && code !== 'SQLITE_CANTOPEN') throw err;
  }
  return openSqlite(readSnapshot(path, reason), { readonly: true }, binding);
}

/**
 * A read-only connection that sees the library as it stands at its first read, whatever is
 * written meanwhile, until `end` is called. Other connections keep writing (WAL).
 */
export function openReadSnapshot(path: string, binding: SqliteBinding = {}): { db: Db; end(): void } {
  const db = openSqlite(path, { readonly: true, fileMustExist: true, timeout: 10_000 }, binding);
  db.exec('BEGIN');
  return {
    db,
    end() {
      db.exec('COMMIT');
      db.close();
    },
  };
}

function assertLooksLikeSqlite(path: string): void {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory())
    throw new ApiError('library_unavailable', `${path} is a folder, not a library file. Give the path of a .db file.`);
  if (stat.size === 0) return;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    if (head.toString('latin1') !== SQLITE_MAGIC) {
      throw new LibraryRefusedError(
        'foreign',
        path,
        `${path} is not a Cuttings library (not an SQLite file). It was left untouched; choose another file or restore a backup.`,
      );
    }
  } finally {
    closeSync(fd);
  }
}

/** How long to wait for another process that is creating the same library. */
const WAL_SWITCH_WAIT_MS = 10_000;

/**
 * WAL mode, set once per file. Switching needs the file to itself and SQLite does not wait for
 * it, so when two processes open a new library together, the second retries for a while.
 */
function enableWal(db: Db): void {
  const deadline = Date.now() + WAL_SWITCH_WAIT_MS;
  for (;;) {
    try {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
}

function configure(db: Db): void {
  enableWal(db);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  registerSqlFunctions(db);
  // A clip deleted for good leaves no trace in the file: freed space is zeroed, not left for reuse.
  db.pragma('secure_delete = ON');
}

function checkIntegrity(db: Db, path: string): void {
  let result: string;
  try {
    result = String(db.pragma('quick_check', { simple: true }));
  } catch (err) {
    throw new LibraryRefusedError(
      'damaged',
      path,
      `The library at ${path} is damaged (${(err as Error).message}). It was left untouched; restore a backup.`,
    );
  }
  if (result !== 'ok') {
    throw new LibraryRefusedError(
      'damaged',
      path,
      `The library at ${path} is damaged (${result}). It was left untouched; restore a backup.`,
    );
  }
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function refuseNewerSchema(db: Db, path: string): void {
  const current = schemaVersion(db);
  if (current > latestVersion) {
    throw new LibraryRefusedError(
      'newer',
      path,
      `The library at ${path} was made by a newer version of Cuttings (schema ${current}; this version knows up to ${latestVersion}). Update Cuttings to open it; the file was left untouched.`,
    );
  }
}

function migrate(db: Db, path: string, onProgress: OpenOptions['onMigrationProgress']): void {
  const current = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (current > 0) {
    try {
      backupBeforeMigration(db, path, current);
    } catch (err) {
      throw new ApiError(
        'library_unavailable',
        `The library at ${path} needs an update, and a copy is taken first; the copy could not be written: ${describeWriteError(err, 'the update', 'the library')} The library was left as it was.`,
      );
    }
  }
  // The version is read again under the lock: another process (the app and the CLI, say) may
  // have migrated the file while this one waited for it.
  const run = db.transaction(() => {
    const now = schemaVersion(db);
    for (const m of migrations.filter((x) => x.version > now)) applyMigration(db, m, onProgress);
  });
  try {
    run.exclusive();
  } catch (err) {
    if (isDiskFull(err))
      throw new ApiError(
        'library_unavailable',
        `The library at ${path} could not be updated: ${describeWriteError(err, 'the update', 'the library')} The library was left at the version it was.`,
      );
    throw err;
  }
}

/** A plain copy of the file next to it, taken after a checkpoint so the copy is complete. */
function backupBeforeMigration(db: Db, path: string, version: number): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const copy = `${path}.before-v${latestVersion}-from-v${version}-${stamp}.bak`;
  try {
    copyPrivate(path, copy);
  } catch (err) {
    // Half a copy is no copy: it must never be mistaken for the library as it was.
    rmSync(copy, { force: true });
    throw err;
  }
}
