import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';

/**
 * Why this account cannot write the library, or null when it can (or the file is not there yet).
 * SQLite in WAL mode writes the file and, beside it, its -wal and -shm files, so a folder that
 * cannot be written makes the library read-only as much as the file's own mode does.
 */
export function readOnlyReason(path: string): string | null {
  try {
    statSync(path);
  } catch {
    return null;
  }
  const file = refusal(path);
  if (file === 'EROFS') return 'it is on a disk that is mounted read-only';
  if (file) return 'the library file is read-only for your account';
  const folder = refusal(dirname(path));
  if (folder === 'EROFS') return 'it is on a disk that is mounted read-only';
  if (folder)
    return `its folder ${dirname(path)} is read-only for your account, and SQLite writes its -wal and -shm files beside the library`;
  return null;
}

function refusal(path: string): string | null {
  try {
    accessSync(path, constants.W_OK);
    return null;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? 'EACCES';
  }
}

/** What a read-only library says when something would change it: why, and what to do. */
export function readOnlyMessage(path: string, reason: string): string {
  return (
    `The library at ${path} is open read-only: ${reason}. Nothing can be changed in it. ` +
    'To make changes, make the file and its folder writable for your account, or copy the library to a folder of your own and open that copy, and try again.'
  );
}

export class ReadOnlyLibraryError extends ApiError {
  constructor(path: string, reason: string) {
    super('read_only', readOnlyMessage(path, reason));
  }
}

/** A library read whole into memory is refused above this size; a larger one must be opened where it can be written. */
export const MAX_SNAPSHOT_BYTES = 1024 ** 3;

/**
 * The library's bytes, for opening in memory when SQLite cannot read it where it is: a WAL-mode
 * library needs its -shm file, which a read-only folder cannot hold. The header is switched to
 * the rollback journal, which an in-memory database can use; the file itself is never touched.
 */
export function readSnapshot(path: string, reason: string): Buffer {
  const size = statSync(path).size;
  if (size > MAX_SNAPSHOT_BYTES) {
    throw new ApiError(
      'library_unavailable',
      `The library at ${path} cannot be opened: ${reason}, and at ${Math.round(size / 1024 ** 2)} MB it is too large to read into memory instead. Make its folder writable for your account, or copy the library to a folder of your own and open that copy.`,
    );
  }
  const bytes = readFileSync(path);
  // Bytes 18 and 19 are the file format's write and read versions: 2 for WAL, 1 for the rollback journal.
  if (bytes[18] === 2) bytes[18] = 1;
  if (bytes[19] === 2) bytes[19] = 1;
  return bytes;
}
