import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, basename, resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { latestVersion } from './migrations/index.js';
import { openLibrary } from './open-library.js';

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

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
    await db.backup(temp);
    renameSync(temp, out);
    const { n } = db.prepare('SELECT count(*) AS n FROM clips').get() as { n: number };
    return { path: out, clips: n };
  } catch (err) {
    rmSync(temp, { force: true });
    throw new ApiError('library_unavailable', `The backup could not be written to ${out}: ${(err as Error).message}`);
  } finally {
    db.close();
  }
}

/** Checks that a file is a healthy Cuttings library this version can open, without changing it. */
function inspectBackup(path: string): { clips: number } {
  if (!existsSync(path)) throw new ApiError('not_found', `There is no backup at ${path}.`);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new ApiError('bad_input', `${path} cannot be opened as a library: ${(err as Error).message}`);
  }
  try {
    const check = String(db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') throw new ApiError('bad_input', `${path} is damaged (${check}); choose another backup.`);
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version === 0) throw new ApiError('bad_input', `${path} is not a Cuttings library.`);
    if (version > latestVersion) throw new ApiError('bad_input', `${path} was made by a newer version of Cuttings; update Cuttings to restore it.`);
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
 * Replaces the library with a backup. The library as it was is first copied beside it, so a
 * restore never destroys anything; its WAL is folded in first, or copied too if it cannot be.
 */
export function restoreLibrary(source: string, libraryPath: string): { clips: number; keptCopy: string | null } {
  const { clips } = inspectBackup(source);
  let keptCopy: string | null = null;
  if (existsSync(libraryPath)) {
    keptCopy = `${libraryPath}.before-restore-${stamp()}`;
    try {
      const current = new Database(libraryPath);
      current.pragma('wal_checkpoint(TRUNCATE)');
      current.close();
    } catch {
      // A damaged library cannot be checkpointed; its -wal file is copied beside it instead.
    }
    copyFileSync(libraryPath, keptCopy);
    if (existsSync(`${libraryPath}-wal`)) copyFileSync(`${libraryPath}-wal`, `${keptCopy}-wal`);
  }
  const temp = `${libraryPath}.restoring-${process.pid}`;
  copyFileSync(source, temp);
  // A WAL left from the old library must not be replayed onto the restored file.
  rmSync(`${libraryPath}-wal`, { force: true });
  rmSync(`${libraryPath}-shm`, { force: true });
  renameSync(temp, libraryPath);
  openLibrary(libraryPath).close();
  return { clips, keptCopy };
}
