import { randomBytes } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { checkWritable, writeChunksAtomic } from '../dossier/atomic-write.js';

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
}

type Held = Download & { discard(): void };

/** Long enough for a slow save dialog; a file not fetched by then is dropped. */
const KEEP_MS = 10 * 60_000;
/** Files held at once: each can be large, and an abandoned one should not pile up. */
const MAX_HELD = 4;

const held = new Map<string, Held>();
let cleanupOnExit = false;

function hold(download: Held): string {
  const id = randomBytes(16).toString('hex');
  held.set(id, download);
  while (held.size > MAX_HELD) {
    const [oldest, entry] = held.entries().next().value!;
    held.delete(oldest);
    entry.discard();
  }
  setTimeout(() => {
    held.get(id)?.discard();
    held.delete(id);
  }, KEEP_MS).unref();
  if (!cleanupOnExit) {
    cleanupOnExit = true;
    process.once('exit', () => held.forEach((entry) => entry.discard()));
  }
  return id;
}

/**
 * Holds a file for one fetch and returns its id: 128 random bits, so it cannot be guessed, and
 * still only usable with the server's token. The file is forgotten once fetched or after a while.
 */
export function offerDownload(file: { fileName: string; mimeType: string; data: Buffer }): string {
  return hold({ fileName: file.fileName, mimeType: file.mimeType, bytes: file.data.length, stream: () => Readable.from([file.data]), discard: () => undefined });
}

/** As offerDownload, for a temporary file this module now owns and deletes. */
export function offerFileDownload(file: { fileName: string; mimeType: string; path: string; bytes: number }): string {
  const discard = () => rmSync(file.path, { force: true });
  return hold({
    fileName: file.fileName,
    mimeType: file.mimeType,
    bytes: file.bytes,
    stream: () => createReadStream(file.path).once('close', discard),
    discard,
  });
}

/**
 * Writes a download to a file the user chose (the desktop shell's save dialog), atomically: the
 * file appears whole or not at all, and an existing one is replaced only once the new one is complete.
 */
export async function saveDownloadTo(download: Download, path: string): Promise<number> {
  await checkWritable(path);
  return writeChunksAtomic(path, download.stream());
}

/** The file, once: a second fetch of the same id finds nothing. */
export function takeDownload(id: string): Download | null {
  const download = held.get(id) ?? null;
  held.delete(id);
  return download;
}
