import { createRequire } from 'node:module';

// tar-stream and fflate load with the first archive read, not at every start of the CLI and of `cuttings serve`.
const require = createRequire(import.meta.url);

/** The files of an archive by their path inside it; folders are implied by the paths. */
export type ArchiveFiles = Map<string, Uint8Array>;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);

/** A tar's header block has "ustar" at offset 257. */
export const isTar = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(257, 262)) === 'ustar';

/** Every file of a tar, read whole; a truncated or garbled tar rejects rather than giving part of it. */
export async function readTar(bytes: Uint8Array): Promise<ArchiveFiles> {
  const { extract } = await import('tar-stream');
  const files: ArchiveFiles = new Map();
  const tar = extract();
  const done = (async () => {
    for await (const entry of tar) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of entry) chunks.push(chunk as Uint8Array);
      if (entry.header.type === 'file') files.set(entry.header.name.replace(/^\.\//, ''), Buffer.concat(chunks));
    }
  })();
  tar.end(bytes);
  await done;
  return files;
}

/** Every file of a zip, checked against its CRCs; folders (names ending in /) are left out. */
export function readZip(bytes: Uint8Array): ArchiveFiles {
  const { unzipSync } = require('fflate') as typeof import('fflate');
  const files: ArchiveFiles = new Map();
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (!name.endsWith('/')) files.set(name, data);
  return files;
}

export const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
