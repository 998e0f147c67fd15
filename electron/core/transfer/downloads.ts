import { randomBytes } from 'node:crypto';

/** A finished file waiting for the UI to fetch it: over HTTP in browser mode, through the shell in the app. */
export interface Download {
  fileName: string;
  mimeType: string;
  data: Buffer;
}

/** Long enough for a slow save dialog; a file not fetched by then is dropped. */
const KEEP_MS = 10 * 60_000;
/** Files held at once: each can be tens of MB, and an abandoned one should not pile up. */
const MAX_HELD = 4;

const held = new Map<string, Download>();

/**
 * Holds a file for one fetch and returns its id: 128 random bits, so it cannot be guessed, and
 * still only usable with the server's token. The file is forgotten once fetched or after a while.
 */
export function offerDownload(download: Download): string {
  const id = randomBytes(16).toString('hex');
  held.set(id, download);
  while (held.size > MAX_HELD) held.delete(held.keys().next().value!);
  setTimeout(() => held.delete(id), KEEP_MS).unref();
  return id;
}

/** The file, once: a second fetch of the same id finds nothing. */
export function takeDownload(id: string): Download | null {
  const download = held.get(id) ?? null;
  held.delete(id);
  return download;
}
