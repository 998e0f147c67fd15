import { accessSync, constants, existsSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { createPrivateFile } from './private-files.js';
import type { MoveProgress } from '../../shared/models/backups.js';
import { openSqlite, type Db, type SqliteBinding } from './sqlite.js';
import { usablePath } from './file-path.js';

/** Refuses a target that would overwrite something, cannot be written, or is the library itself. */
export function checkMoveTarget(target: string, libraryPath: string): string {
  const to = usablePath(target, `new library file, such as ${join(dirname(libraryPath), 'Moved', basename(libraryPath))}`);
  const folder = dirname(to);
  if (to === resolve(libraryPath) || (existsSync(to) && realpathSync(to) === realpathSync(libraryPath))) {
    throw new ApiError('bad_input', 'That is where the library already is; choose another file.');
  }
  if (existsSync(to)) {
    throw new ApiError('conflict', `There is already a file at ${to}. Choose a new file name, so nothing is overwritten.`);
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new ApiError('bad_input', `The folder ${folder} does not exist. Create it first, or choose another folder.`);
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new ApiError('bad_input', `Cuttings may not write to ${folder}. Choose a folder you own.`);
  }
  return to;
}

/** About 4 MB a step: large enough to copy quickly, small enough for progress and cancel to follow. */
const PAGES_PER_STEP = 1_000;

export interface CopyOptions extends SqliteBinding {
  onProgress?: (progress: MoveProgress) => void;
  signal?: AbortSignal;
}

/**
 * Copies the open library to `to` with SQLite's online backup, then checks the copy (a full
 * integrity check and the same number of clips) before it takes the file's name. The library
 * itself is only read; on any failure, or when cancelled, the half-made copy is removed.
 */
export async function copyLibraryTo(db: Db, to: string, options: CopyOptions = {}): Promise<{ clips: number }> {
  const { n: clips } = db.prepare('SELECT count(*) AS n FROM clips').get() as { n: number };
  const temp = join(dirname(to), `.${basename(to)}.${process.pid}.partial`);
  const stopIfCancelled = () => {
    if (options.signal?.aborted)
      throw new ApiError('cancelled', 'The move was cancelled. The library stays where it was, and nothing was left at the new place.');
  };
  try {
    stopIfCancelled();
    createPrivateFile(temp);
    await db.backup(temp, {
      progress: ({ totalPages, remainingPages }) => {
        stopIfCancelled();
        options.onProgress?.({ phase: 'copying', done: totalPages - remainingPages, total: totalPages });
        return PAGES_PER_STEP;
      },
    });
    stopIfCancelled();
    options.onProgress?.({ phase: 'checking', done: 0, total: 0 });
    const copy = openSqlite(temp, { readonly: true, fileMustExist: true }, options);
    try {
      const check = String(copy.pragma('integrity_check', { simple: true }));
      if (check !== 'ok') throw new Error(`the copy failed its integrity check (${check})`);
      const { n } = copy.prepare('SELECT count(*) AS n FROM clips').get() as { n: number };
      if (n !== clips) throw new Error(`the copy has ${n} clips instead of ${clips}`);
    } finally {
      copy.close();
    }
    stopIfCancelled();
    if (existsSync(to)) throw new Error(`a file appeared at ${to} while copying`);
    renameSync(temp, to);
    return { clips };
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(
      'library_unavailable',
      `The library could not be copied to ${to}, so it stays where it was: ${(err as Error).message}`,
    );
  } finally {
    rmSync(temp, { force: true });
    rmSync(`${temp}-wal`, { force: true });
    rmSync(`${temp}-shm`, { force: true });
  }
}
