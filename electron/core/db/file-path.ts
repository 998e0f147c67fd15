import { isAbsolute, resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';

/** A path typed by the user, as an absolute path the file system can take, or a clear refusal. */
export function usablePath(path: string, what: string): string {
  if (path.includes('\u0000'))
    throw new ApiError('bad_input', `The path of the ${what} has a character no file name can hold; type it again.`);
  if (!isAbsolute(path)) throw new ApiError('bad_input', `Give the full path of the ${what}.`);
  return resolve(path);
}
