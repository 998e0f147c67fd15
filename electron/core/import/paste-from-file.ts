import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Paste } from '../clipper/draft-from-paste.js';
import { readEmail } from './read-email.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** A file as a paste: HTML files go the HTML way, e-mails are unwrapped, the rest is text. */
export function pasteFromFile(path: string): Paste {
  const content = readFileSync(path, 'utf8');
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return { text: '', html: content };
  if (ext === '.eml') return readEmail(content);
  return { text: content };
}
