import { readFileSync, statSync } from 'node:fs';
import { MAX_IMPORT_FILE_BYTES, MAX_PASTE_CHARS } from '../../shared/api/limits.js';
import type { Paste } from '../clipper/draft-from-paste.js';
import { extensionOf } from '../../shared/models/file-import.js';
import { readEmail } from './read-email.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const ARTICLE_EXTENSIONS = new Set([...HTML_EXTENSIONS, '.txt', '.md', '.eml']);

/** The most bytes the longest paste can take in UTF-8; a larger file is refused before a byte is read. */
export const MAX_ARTICLE_FILE_BYTES = MAX_PASTE_CHARS * 4;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
// A function, so that formatting the number (which loads ICU's data) waits for a file too long.
const tooLong = () => `Cuttings clips articles of up to ${MAX_PASTE_CHARS.toLocaleString('en')} characters`;

/**
 * A file's content as a paste, by the file's name: HTML files go the HTML way, e-mails are
 * unwrapped, the rest is text. `cuttings add`, `cuttings import` and the app's Import convert files here.
 */
export async function pasteFromContent(name: string, content: string): Promise<Paste> {
  const ext = extensionOf(name);
  if (content.length > MAX_PASTE_CHARS && ARTICLE_EXTENSIONS.has(ext)) {
    throw new Error(`The file holds ${content.length.toLocaleString('en')} characters, too many for an article. ${tooLong()}; split it.`);
  }
  if (HTML_EXTENSIONS.has(ext)) return { text: '', html: content };
  if (ext === '.eml') return readEmail(content);
  return { text: content };
}

/** A file's bytes, its size checked first: a huge file (a disk image named .txt) is never read into memory. */
export function readImportBytes(path: string): Buffer {
  const { size } = statSync(path);
  if (ARTICLE_EXTENSIONS.has(extensionOf(path)) && size > MAX_ARTICLE_FILE_BYTES) {
    throw new Error(`The file is ${megabytes(size)}, too large for an article. ${tooLong()}; split it, or import the article itself.`);
  }
  if (size > MAX_IMPORT_FILE_BYTES) {
    throw new Error(
      `The file is ${megabytes(size)}, more than the ${megabytes(MAX_IMPORT_FILE_BYTES)} Cuttings imports at once; split it, then import the parts.`,
    );
  }
  return readFileSync(path);
}

export async function pasteFromFile(path: string): Promise<Paste> {
  return pasteFromContent(path, readImportBytes(path).toString('utf8'));
}
