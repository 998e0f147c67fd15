import { readFileSync, statSync } from 'node:fs';
import { MAX_PASTE_CHARS } from '../../shared/api/limits.js';
import type { Paste } from '../clipper/draft-from-paste.js';
import { extensionOf } from '../../shared/models/file-import.js';
import { readEmail } from './read-email.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/**
 * A file's content as a paste, by the file's name: HTML files go the HTML way, e-mails are
 * unwrapped, the rest is text. `cuttings import` and the app's Import both convert files here.
 */
export function pasteFromContent(name: string, content: string): Paste {
  const ext = extensionOf(name);
  if (HTML_EXTENSIONS.has(ext)) return { text: '', html: content };
  if (ext === '.eml') return readEmail(content);
  return { text: content };
}

/** The most bytes the longest paste can take in UTF-8; a larger file is refused before a byte is read. */
export const MAX_ARTICLE_FILE_BYTES = MAX_PASTE_CHARS * 4;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** The file as a paste, its size checked first: a huge file (a disk image named .txt) is never read into memory. */
export function pasteFromFile(path: string): Paste {
  const { size } = statSync(path);
  const tooLong = `Cuttings clips articles of up to ${MAX_PASTE_CHARS.toLocaleString('en')} characters`;
  if (size > MAX_ARTICLE_FILE_BYTES) throw new Error(`The file is ${megabytes(size)}, too large for an article. ${tooLong}; split it, or import the article itself.`);
  const content = readFileSync(path, 'utf8');
  if (content.length > MAX_PASTE_CHARS) throw new Error(`The file holds ${content.length.toLocaleString('en')} characters, too many for an article. ${tooLong}; split it.`);
  return pasteFromContent(path, content);
}
