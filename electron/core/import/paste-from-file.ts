import { readFileSync } from 'node:fs';
import type { Paste } from '../clipper/draft-from-paste.js';
import { extensionOf } from '../../shared/models/file-import.js';
import { readEmail } from './read-email.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/**
 * A file's content as a paste, by the file's name: HTML files go the HTML way, e-mails are
 * unwrapped, the rest is text. `cuttings add`, `cuttings import` and the app's Import convert files here.
 */
export async function pasteFromContent(name: string, content: string): Promise<Paste> {
  const ext = extensionOf(name);
  if (HTML_EXTENSIONS.has(ext)) return { text: '', html: content };
  if (ext === '.eml') return readEmail(content);
  return { text: content };
}

export function pasteFromFile(path: string): Promise<Paste> {
  return pasteFromContent(path, readFileSync(path, 'utf8'));
}
