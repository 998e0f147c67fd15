import { appendFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { PRIVATE_FILE_MODE } from '../db/private-files.js';
import { privateTempFolder } from './private-temp.js';

/**
 * Exports the app sends in pieces, each kept as a file in the private temporary folder (0700,
 * files 0600) until it is imported; the folder goes when the process exits.
 */
export class ExportUploads {
  readonly #files = new Map<string, string>();

  append(uploadId: string, text: string): number {
    const file = this.#files.get(uploadId) ?? join(privateTempFolder(), `upload-${uploadId}.json`);
    appendFileSync(file, text, { encoding: 'utf8', mode: PRIVATE_FILE_MODE });
    this.#files.set(uploadId, file);
    return statSync(file).size;
  }

  /** The file of a finished upload, taken once: the caller imports it and then calls `remove`. */
  take(uploadId: string): string {
    const file = this.#files.get(uploadId);
    if (!file) throw new ApiError('not_found', `There is no export being sent as ${uploadId}. Choose the file again.`);
    this.#files.delete(uploadId);
    return file;
  }

  remove(file: string): void {
    rmSync(file, { force: true });
  }

  clear(): void {
    for (const file of this.#files.values()) this.remove(file);
    this.#files.clear();
  }
}
