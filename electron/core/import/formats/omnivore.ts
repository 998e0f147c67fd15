import { escapeHtml } from '../../../shared/html/escape-html.js';
import type { ImportedHighlight, ImportItem } from '../import-item.js';
import { utf8, type ArchiveFiles } from './archive-files.js';
import { articleHtml, isoDay, MalformedExportError } from './export-item.js';

const OMNIVORE = 'an Omnivore export';

interface OmnivoreEntry {
  slug: string;
  title?: unknown;
  description?: unknown;
  author?: unknown;
  url?: unknown;
  labels?: unknown;
  savedAt?: unknown;
  publishedAt?: unknown;
}

const METADATA_FILE = /(^|\/)metadata_\d+_to_\d+\.json$/;

/** Omnivore's export: `metadata_N_to_M.json` lists, the articles in `content/SLUG.html`, highlights in `highlights/SLUG.md`. */
export const isOmnivoreExport = (files: ArchiveFiles) => [...files.keys()].some((path) => METADATA_FILE.test(path));

/** Where the export's files sit: at the top of the zip, or in the folder it was unpacked into. */
const baseOf = (files: ArchiveFiles) => [...files.keys()].find((path) => METADATA_FILE.test(path))!.replace(/metadata_[^/]*$/, '');

function entriesOf(file: string, files: ArchiveFiles): OmnivoreEntry[] {
  const entries: OmnivoreEntry[] = [];
  for (const [path, bytes] of files) {
    if (!METADATA_FILE.test(path)) continue;
    let data: unknown;
    try {
      data = JSON.parse(utf8(bytes));
    } catch (err) {
      throw new MalformedExportError(file, OMNIVORE, `${path} is not valid JSON: ${(err as Error).message}`);
    }
    if (!Array.isArray(data)) throw new MalformedExportError(file, OMNIVORE, `${path} is not a list of articles`);
    for (const [i, e] of data.entries()) {
      if (!e || typeof e !== 'object' || typeof (e as OmnivoreEntry).slug !== 'string')
        throw new MalformedExportError(file, OMNIVORE, `article ${i + 1} of ${path} has no slug`);
      entries.push(e as OmnivoreEntry);
    }
  }
  return entries;
}

/**
 * Omnivore writes each highlight as a block quote, then its labels (#label) and its note, the
 * highlights separated by blank lines.
 */
export function omnivoreHighlights(markdown: string): ImportedHighlight[] {
  const highlights: ImportedHighlight[] = [];
  for (const block of markdown.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const text = block.trim();
    if (!text) continue;
    if (text.startsWith('>')) {
      highlights.push({ quote: text.replace(/^>\s?/gm, '').trim(), note: '' });
    } else if (!/^(#\S+\s*)+$/.test(text) && highlights.length) {
      const last = highlights.at(-1)!;
      last.note = last.note ? `${last.note}\n\n${text}` : text;
    }
  }
  return highlights.filter((h) => h.quote);
}

export function readOmnivore(file: string, files: ArchiveFiles): ImportItem[] {
  const base = baseOf(files);
  const entries = entriesOf(file, files);
  if (!entries.length) throw new MalformedExportError(file, OMNIVORE, 'its metadata lists no articles');
  return entries.map((e, i) => {
    const title = typeof e.title === 'string' ? e.title.trim() : '';
    const content = files.get(`${base}content/${e.slug}.html`);
    const highlights = files.get(`${base}highlights/${e.slug}.md`);
    const body = content
      ? utf8(content)
      : typeof e.description === 'string' && e.description.trim()
        ? `<p>${escapeHtml(e.description.trim())}</p>`
        : '';
    return {
      name: `${file} — article ${i + 1} of ${entries.length}${title ? `: ${title}` : ''}`,
      paste: { text: '', html: articleHtml(title, body) },
      fields: {
        ...(title ? { title } : {}),
        date: isoDay(e.publishedAt) ?? isoDay(e.savedAt),
        ...(typeof e.author === 'string' && e.author.trim() ? { byline: [e.author.trim()] } : {}),
      },
      url: typeof e.url === 'string' ? e.url : null,
      tags: Array.isArray(e.labels) ? e.labels.filter((l): l is string => typeof l === 'string') : [],
      highlights: highlights ? omnivoreHighlights(utf8(highlights)) : [],
    };
  });
}
