import { existsSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { copyPrivate, createPrivateFile, makePrivateFolder } from './private-files.js';
import { describeWriteError } from './disk-full.js';
import { dirname, join, basename, resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { latestVersion } from './migrations/index.js';
import { openLibrary } from './open-library.js';
import { openSqlite, type Db, type SqliteBinding } from './sqlite.js';
import { beforeRestorePath } from './auto-backup.js';

/**
 * A consistent copy of the library, taken with SQLite's online backup while it may be in use,
 * written to a temporary file beside the target and renamed into place: never half a backup.
 */
export async function backupLibrary(libraryPath: string, target: string): Promise<{ path: string; clips: number }> {
  if (!existsSync(libraryPath)) throw new ApiError('not_found', `There is no library at ${libraryPath} to back up.`);
  const out = resolve(target);
  if (out === resolve(libraryPath)) throw new ApiError('bad_input', 'The backup must go to another file than the library itself.');
  const db = openLibrary(libraryPath);
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.partial`);
  try {
    createPrivateFile(temp);
    await db.backup(temp);
    renameSync(temp, out);
    const { n } = db.prepare('SELECT count(*) AS n FROM clips').get() as { n: number };
    return { path: out, clips: n };
  } catch (err) {
    rmSync(temp, { force: true });
    throw new ApiError('library_unavailable', `The backup could not be written to ${out}: ${describeWriteError(err, 'the backup', out)}`);
  } finally {
    db.close();
  }
}

/** Checks that a file is a healthy Cuttings library this version can open, without changing it. */
export function inspectBackup(path: string, binding: SqliteBinding = {}): { clips: number } {
  if (!existsSync(path)) throw new ApiError('not_found', `There is no backup at ${path}.`);
  if (!statSync(path).isFile()) throw new ApiError('bad_input', `${path} is a folder; choose a backup file.`);
  let db: Db;
  try {
    db = openSqlite(path, { readonly: true, fileMustExist: true }, binding);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError('bad_input', `${path} cannot be opened as a library: ${(err as Error).message}`);
  }
  try {
    const check = String(db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') throw new ApiError('bad_input', `${path} is damaged (${check}); choose another backup.`);
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version === 0) throw new ApiError('bad_input', `${path} is not a Cuttings library.`);
    if (version > latestVersion)
      throw new ApiError('bad_input', `${path} was made by a newer version of Cuttings; update Cuttings to restore it.`);
    const { n } = db.prepare('SELECT count(*) AS n FROM clips').get() as { n: number };
    return { clips: n };
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError('bad_input', `${path} is not a Cuttings library (${(err as Error).message}).`);
  } finally {
    db.close();
  }
}

/**
 * Replaces the library with a backup. The library as it was is first moved into the Backups
 * folder under a "before-restore" name (with its WAL, if a damaged file could not fold it in),
 * so a restore never destroys anything and the user finds the old state in the list.
 * The library must not be open in this process.
 */
export function restoreLibrary(
  source: string,
  libraryPath: string,
  binding: SqliteBinding = {},
): { clips: number; keptCopy: string | null } {
  if (resolve(source) === resolve(libraryPath)) {
    throw new ApiError('bad_input', 'That file is the library itself; choose a backup to restore.');
  }
  const { clips } = inspectBackup(source, binding);
  const temp = `${libraryPath}.restoring-${process.pid}`;
  copyPrivate(source, temp);
  let keptCopy: string | null = null;
  try {
    if (existsSync(libraryPath)) keptCopy = setAside(libraryPath, binding);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new ApiError(
      'library_unavailable',
      `The library could not be kept aside before the restore, so nothing was changed: ${(err as Error).message}`,
    );
  }
  // A WAL left from the old library must not be replayed onto the restored file.
  rmSync(`${libraryPath}-wal`, { force: true });
  rmSync(`${libraryPath}-shm`, { force: true });
  renameSync(temp, libraryPath);
  openLibrary(libraryPath, binding).close();
  return { clips, keptCopy };
}

/** Moves the library file into the Backups folder, its WAL folded in first, or moved with it when it cannot be. */
function setAside(libraryPath: string, binding: SqliteBinding): string {
  try {
    const current = openSqlite(libraryPath, {}, binding);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
  } catch {
    // A damaged library cannot be checkpointed; its -wal file goes with it instead.
  }
  const kept = beforeRestorePath(libraryPath);
  makePrivateFolder(dirname(kept));
  renameSync(libraryPath, kept);
  if (existsSync(`${libraryPath}-wal`) && statSync(`${libraryPath}-wal`).size > 0) renameSync(`${libraryPath}-wal`, `${kept}-wal`);
  // The list sorts by time written: the copy is the newest state, whenever its last change was.
  const now = new Date();
  utimesSync(kept, now, now);
  return kept;
}
