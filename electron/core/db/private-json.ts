import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makePrivateFolder, PRIVATE_FILE_MODE } from './private-files.js';

/**
 * A small JSON file of the user's own (paired browsers, team sign-ins, where the library lives),
 * owner-only, written beside and renamed in, so a crash leaves the old content or the new one.
 */
export function writePrivateJson(file: string, value: unknown): void {
  makePrivateFolder(dirname(file));
  const temp = `${file}.${process.pid}.partial`;
  writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
  renameSync(temp, file);
}

/**
 * Such a file's content as `read` takes it; null when the file is missing, is not JSON or `read`
 * throws: a damaged file is never trusted, and what it held is asked for again.
 */
export function readPrivateJson<T>(file: string, read: (value: unknown) => T): T | null {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}
