import { escapeHtml } from '../../../shared/html/escape-html.js';
import { basename } from 'node:path';
import { MAX_PASTE_CHARS } from '../../../shared/api/limits.js';
import { roughHtmlText } from '../../clipper/rough-html-text.js';
import type { Paste } from '../../clipper/draft-from-paste.js';
import type { ImportItem } from '../import-item.js';
import { articleText } from '../pdf/pdf-layout.js';
import { NoTextLayerError, readPdfArticles } from '../pdf/read-pdf.js';
import { articleHtml, MalformedExportError } from './export-item.js';
import { zoteroItems, type ZoteroFile, type ZoteroItem } from './zotero-items.js';
import { readZoteroGraph } from './zotero-rdf-graph.js';

const ZOTERO = 'a Zotero RDF export';

/**
 * A file the export names, by its path from the RDF (`files/12/page.html`): its bytes, or
 * undefined when it is not there. It throws when the file is there but cannot be read.
 */
export type ExportedFile = (path: string) => Uint8Array | undefined;

/** What an item's text was read from, or why none of its files gave any. */
type ItemText = { paste: Paste; from: 'file' } | { paste: null; why: string };

const isHtml = (f: ZoteroFile) => f.mime === 'text/html' || /\.x?html?$/i.test(f.path);
const isPdf = (f: ZoteroFile) => f.mime === 'application/pdf' || /\.pdf$/i.test(f.path);

const paragraphsHtml = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');

/** Zotero names files as they were on disk; an export may also carry them URL-encoded. */
function fileAt(exported: ExportedFile, path: string): Uint8Array | undefined {
  const found = exported(path);
  if (found) return found;
  try {
    const decoded = decodeURIComponent(path);
    return decoded === path ? undefined : exported(decoded);
  } catch {
    return undefined;
  }
}

function decodeSnapshot(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

async function pdfPaste(bytes: Uint8Array): Promise<Paste> {
  const articles = await readPdfArticles(bytes);
  return { text: articles.map(articleText).join('\n\n') };
}

/** The item's text from its snapshot, else from its PDF: the first of its files that gives any. */
async function itemText(item: ZoteroItem, exported: ExportedFile): Promise<ItemText> {
  const files = [...item.files.filter(isHtml), ...item.files.filter(isPdf)];
  if (!files.length) return { paste: null, why: 'it has no snapshot or PDF in Zotero' };
  const problems: string[] = [];
  for (const file of files) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = fileAt(exported, file.path);
    } catch (err) {
      problems.push(`${file.path} could not be read (${(err as Error).message})`);
      continue;
    }
    if (!bytes) {
      problems.push(`${file.path} is not in the export`);
      continue;
    }
    if (isHtml(file)) {
      const html = decodeSnapshot(bytes, file.charset);
      if (html.length > MAX_PASTE_CHARS) problems.push(`${file.path} is too long for an article`);
      else return { paste: { text: '', html, url: item.url }, from: 'file' };
      continue;
    }
    try {
      return { paste: await pdfPaste(bytes), from: 'file' };
    } catch (err) {
      problems.push(err instanceof NoTextLayerError ? `${file.path} has no text layer` : `${file.path} is not a readable PDF`);
    }
  }
  return { paste: null, why: problems.join('; ') };
}

const notesText = (notes: readonly string[]) => notes.map(roughHtmlText).filter(Boolean).join('\n\n');

async function importItem(file: string, item: ZoteroItem, index: number, count: number, exported: ExportedFile): Promise<ImportItem> {
  const name = `${file} — item ${index + 1} of ${count}${item.title ? `: ${item.title}` : ''}`;
  const read = await itemText(item, exported);
  const fallback: Paste | null = item.abstract ? { text: '', html: articleHtml(item.title, paragraphsHtml(item.abstract)) } : null;
  const paste = read.paste ?? fallback;
  const base: ImportItem = {
    name,
    paste: paste ?? { text: '' },
    fields: {
      ...(item.title ? { title: item.title } : {}),
      ...(item.date ? { date: item.date } : {}),
      ...(item.publication ? { source: item.publication } : {}),
      ...(item.byline.length ? { byline: item.byline } : {}),
    },
    url: item.url,
    tags: item.tags,
    collections: item.collections,
    notes: notesText(item.notes),
  };
  if (read.paste) return base;
  if (!paste)
    return {
      ...base,
      failure: `There is no text to clip: ${read.why}, and it has no abstract. Export it again from Zotero as “Zotero RDF” with “Export Files” checked, then import the folder or a zip of it.`,
    };
  return {
    ...base,
    warnings: [
      `Its abstract was saved as its text: ${read.why}. To clip the whole article, export it from Zotero as “Zotero RDF” with “Export Files” checked and import the folder (or a zip of it) with its files/ folder.`,
    ],
  };
}

/**
 * Zotero's "Zotero RDF" export: each item a clip with Zotero's metadata taking the place of what
 * the clipper reads, its text from the snapshot or PDF exported beside the RDF (its abstract when
 * there is none), its tags, child notes and collections kept.
 */
export async function readZoteroRdf(file: string, text: string, exported: ExportedFile): Promise<ImportItem[]> {
  let items: ZoteroItem[];
  try {
    items = zoteroItems(readZoteroGraph(text));
  } catch (err) {
    throw new MalformedExportError(file, ZOTERO, (err as Error).message);
  }
  if (!items.length) throw new MalformedExportError(file, ZOTERO, `${basename(file)} describes no items`);
  const out: ImportItem[] = [];
  for (const [i, item] of items.entries()) out.push(await importItem(file, item, i, items.length, exported));
  return out;
}
