import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, lstat, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Checks, before any work, that the file can be written where asked, so a long export does not
 * end in a failure the user could have been told about at once.
 */
export async function checkWritable(path: string): Promise<void> {
  const folder = dirname(path);
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat?.isDirectory()) throw new Error(`the folder ${folder} does not exist. Create it, or choose another folder`);
  await access(folder, constants.W_OK).catch(() => {
    throw new Error(`you may not write to the folder ${folder}. Choose a folder of your own`);
  });
  const existing = await lstat(path).catch(() => null);
  if (existing?.isDirectory()) throw new Error(`${path} is a folder. Give a file name inside it, e.g. ${join(path, 'dossier.pdf')}`);
  if (existing) refuseUnlessRegularFile(path, existing);
  if (Buffer.byteLength(basename(path)) > 255) throw new Error('the file name is too long (255 bytes at most)');
  // A probe named like the file: a name the file system refuses (reserved characters on
  // Windows, too long) fails now rather than after the whole dossier has been printed.
  const probe = tempPathFor(path);
  const handle = await open(probe, 'wx').catch((err: NodeJS.ErrnoException) => {
    throw new Error(`a file cannot be created there (${err.code ?? err.message})`);
  });
  await handle.close();
  await rm(probe, { force: true });
}

/**
 * Only a regular file is ever replaced: renaming over a device (/dev/null), a pipe, a socket or a
 * link would put a plain file in its place, which for /dev/null as root breaks the whole system.
 */
function refuseUnlessRegularFile(path: string, existing: Stats): void {
  if (existing.isFile()) return;
  const what = existing.isSymbolicLink() ? 'a link' : existing.isDirectory() ? 'a folder' : 'a device or other special file';
  throw new Error(`${path} is ${what}, not a regular file, so it is left alone. Choose another file name`);
}

/** Checked again just before the rename: the target may have changed while the file was being made. */
async function checkReplaceable(path: string): Promise<void> {
  const existing = await lstat(path).catch(() => null);
  if (existing) refuseUnlessRegularFile(path, existing);
}

export interface AtomicWriteOptions {
  signal?: AbortSignal;
  /** The new file's mode; 0644 unless it is private (0600). */
  mode?: number;
}

/** Beside the target, named after it but short enough to leave room within a 255-byte name. */
function tempPathFor(path: string): string {
  const chars = Array.from(basename(path));
  while (Buffer.byteLength(chars.join('')) > 100) chars.pop();
  return join(dirname(path), `.${chars.join('')}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a temporary file beside the target, flushes it, then renames it over the target: a
 * reader sees the old file or the whole new one, never half of it. The temporary file is
 * removed if anything fails.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  await checkReplaceable(path);
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'wx', options.mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await checkReplaceable(path);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/**
 * As writeFileAtomic, for a file made in pieces (a library export, a download being saved): each
 * piece is written as it comes, so the whole never has to be in memory, and the target appears
 * only when complete.
 */
export async function writeChunksAtomic(
  path: string,
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  options: AtomicWriteOptions = {},
): Promise<number> {
  await checkReplaceable(path);
  const temp = tempPathFor(path);
  let bytes = 0;
  try {
    const handle = await open(temp, 'wx', options.mode ?? 0o644);
    try {
      for await (const chunk of chunks) {
        if (options.signal?.aborted) throw new Error('cancelled');
        const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        for (let offset = 0; offset < data.byteLength;) offset += (await handle.write(data, offset)).bytesWritten;
        bytes += data.byteLength;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await checkReplaceable(path);
    await rename(temp, path);
    return bytes;
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
