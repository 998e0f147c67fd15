import { randomBytes } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { checkWritable, writeChunksAtomic } from '../dossier/atomic-write.js';
import { PRIVATE_FILE_MODE } from '../db/private-files.js';

/**
 * A finished file waiting for the UI to fetch it: over HTTP in browser mode, through the shell's
 * save dialog in the app. Small files are held in memory; a library export, which can run to
 * gigabytes, waits in a temporary file.
 */
export interface Download {
  fileName: string;
  mimeType: string;
  bytes: number;
  /** The file's bytes, once; a temporary file is deleted when the stream closes. */
  stream(): Readable;
  /** The whole library or part of it: saved 0600, as private as the library. */
  private?: boolean;
}

type Held = Download & { discard(): void };

/** Long enough for a slow save dialog; a file not fetched by then is dropped. */
const KEEP_MS = 10 * 60_000;
/** Files held at once: each can be large, and an abandoned one should not pile up. */
const MAX_HELD = 4;

/**
 * The finished files one core holds for the UI to fetch. Each is forgotten once fetched or after
 * a while; temporary files are deleted then, when the core closes, or when the process exits.
 */
export class DownloadShelf {
  readonly #held = new Map<string, Held>();
  readonly #discardAll = () => this.#held.forEach((entry) => entry.discard());
  #exitHook = false;

  /**
   * Holds a file for one fetch and returns its id: 128 random bits, so it cannot be guessed, and
   * still only usable with the server's token.
   */
  offer(file: { fileName: string; mimeType: string; data: Buffer }): string {
    return this.#hold({
      fileName: file.fileName,
      mimeType: file.mimeType,
      bytes: file.data.length,
      stream: () => Readable.from([file.data]),
      discard: () => undefined,
    });
  }

  /** As offer, for a temporary file the shelf now owns and deletes. */
  offerFile(file: { fileName: string; mimeType: string; path: string; bytes: number; private?: boolean }): string {
    const discard = () => rmSync(file.path, { force: true });
    return this.#hold({
      fileName: file.fileName,
      mimeType: file.mimeType,
      bytes: file.bytes,
      private: file.private ?? false,
      stream: () => createReadStream(file.path).once('close', discard),
      discard,
    });
  }

  /** The file, once: a second fetch of the same id finds nothing. */
  take(id: string): Download | null {
    const download = this.#held.get(id) ?? null;
    this.#held.delete(id);
    return download;
  }

  /** Drops every file still waiting. */
  clear(): void {
    this.#discardAll();
    this.#held.clear();
    if (this.#exitHook) process.off('exit', this.#discardAll);
    this.#exitHook = false;
  }

  #hold(download: Held): string {
    const id = randomBytes(16).toString('hex');
    this.#held.set(id, download);
    while (this.#held.size > MAX_HELD) {
      const [oldest, entry] = this.#held.entries().next().value!;
      this.#held.delete(oldest);
      entry.discard();
    }
    setTimeout(() => {
      this.#held.get(id)?.discard();
      this.#held.delete(id);
    }, KEEP_MS).unref();
    if (!this.#exitHook) {
      this.#exitHook = true;
      process.once('exit', this.#discardAll);
    }
    return id;
  }
}

/**
 * Writes a download to a file the user chose (the desktop shell's save dialog), atomically: the
 * file appears whole or not at all, and an existing one is replaced only once the new one is complete.
 */
export async function saveDownloadTo(download: Download, path: string): Promise<number> {
  await checkWritable(path);
  return writeChunksAtomic(path, download.stream(), download.private ? { mode: PRIVATE_FILE_MODE } : {});
}
