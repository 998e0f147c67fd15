import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * The library is a private notebook: only its owner's account may read it. Folders Cuttings makes
 * for it are 0700 and every file it writes of it (the library, its WAL and shared memory, which
 * SQLite creates with the library's own mode, backups and copies) is 0600, whatever the umask.
 * Windows ignores these modes; there, the user's profile folder is already private.
 */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Makes the folder and any missing parents, each new one 0700; folders already there are left as they are. */
export function makePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/**
 * An empty 0600 file at `path` when nothing is there, so SQLite (which keeps an existing file's
 * mode, and gives its WAL and journal the same) never creates it readable by others.
 */
export function createPrivateFile(path: string): void {
  if (existsSync(path)) return;
  try {
    closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/** Takes read access from other accounts on a file of the library made before it was kept private; best effort. */
export function keepPrivate(path: string): void {
  try {
    if (existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE);
  } catch {
    // A read-only or foreign-owned file keeps its mode; opening it still works or says why.
  }
}

/** copyFileSync, the copy 0600 whatever the source's mode. */
export function copyPrivate(source: string, target: string): void {
  createPrivateFile(target);
  copyFileSync(source, target);
  keepPrivate(target);
}
