import { createRequire } from 'node:module';
import { escapeHtml } from '../../../shared/html/escape-html.js';
import type { ImportItem } from '../import-item.js';
import { articleHtml, isoDay, MalformedExportError } from './export-item.js';

const DOCUMENT_COLUMNS = ['Title', 'URL', 'Document tags', 'Saved date'];
const HIGHLIGHT_COLUMNS = ['Highlight', 'Book Title', 'Note'];

type Row = Record<string, string>;

const require = createRequire(import.meta.url);
/** csv-parse, loaded with the first CSV file read rather than at every start of the CLI and of `cuttings serve`. */
const csv = () => require('csv-parse/sync') as typeof import('csv-parse/sync');

/** The header row of a CSV file, when it has one. */
function headerOf(text: string): string[] {
  try {
    return (csv().parse(text.replace(/^\uFEFF/, ''), { to_line: 1, relax_column_count: true }) as string[][])[0] ?? [];
  } catch {
    return [];
  }
}

const hasColumns = (text: string, columns: readonly string[]) => {
  const header = headerOf(text);
  return columns.every((c) => header.includes(c));
};

/** Readwise Reader's export of saved documents: one row each, without their text. */
export const isReaderDocuments = (text: string) => hasColumns(text, DOCUMENT_COLUMNS);

/** Readwise's export of highlights: one row per highlight, named by the document it is in. */
export const isReadwiseHighlights = (text: string) => hasColumns(text, HIGHLIGHT_COLUMNS);

function rowsOf(file: string, text: string, format: string): Row[] {
  try {
    return csv().parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Row[];
  } catch (err) {
    throw new MalformedExportError(file, format, (err as Error).message);
  }
}

/** Tags written as "a, b", or as a list in brackets and quotes ("['a', 'b']"). */
const tagList = (value: string | undefined) =>
  (value ?? '')
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(',')
    .map((t) =>
      t
        .trim()
        .replace(/^['"]|['"]$/g, '')
        .trim(),
    )
    .filter(Boolean);

const paragraphs = (texts: readonly string[]) =>
  texts
    .flatMap((t) => t.split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');

/**
 * Reader's documents as clips of their title, address, date and tags: the export holds no text,
 * so the clip says where the article is, to fetch or paste it again.
 */
export function readReaderDocuments(file: string, text: string): ImportItem[] {
  const format = 'a Readwise Reader export';
  const rows = rowsOf(file, text, format);
  if (!rows.length) throw new MalformedExportError(file, format, 'it lists no documents');
  return rows.map((row, i) => {
    const title = (row.Title ?? '').trim();
    const url = (row.URL ?? '').trim();
    if (!title && !url) throw new MalformedExportError(file, format, `row ${i + 2} has neither a title nor a URL`);
    return {
      name: `${file} — document ${i + 1} of ${rows.length}${title ? `: ${title}` : ''}`,
      paste: { text: '', html: articleHtml(title || url, paragraphs([`Saved in Readwise Reader from ${url || 'an unknown address'}.`])) },
      fields: { title: title || url, date: isoDay(row['Saved date']) },
      url: url || null,
      tags: tagList(row['Document tags']),
    };
  });
}

/** Readwise's highlights, one clip per document: its highlighted passages as the text, each one highlighted, with its note. */
export function readReadwiseHighlights(file: string, text: string): ImportItem[] {
  const format = 'a Readwise highlights export';
  const rows = rowsOf(file, text, format);
  const documents = new Map<string, Row[]>();
  for (const [i, row] of rows.entries()) {
    if (!(row.Highlight ?? '').trim()) throw new MalformedExportError(file, format, `row ${i + 2} has no highlight`);
    const key = `${row['Book Title'] ?? ''}\u0000${row['Book Author'] ?? ''}`;
    documents.set(key, [...(documents.get(key) ?? []), row]);
  }
  if (!documents.size) throw new MalformedExportError(file, format, 'it lists no highlights');
  return [...documents.values()].map((highlights, i) => {
    const first = highlights[0]!;
    const title = (first['Book Title'] ?? '').trim();
    const author = (first['Book Author'] ?? '').trim();
    return {
      name: `${file} — document ${i + 1} of ${documents.size}${title ? `: ${title}` : ''}`,
      paste: { text: '', html: articleHtml(title, paragraphs(highlights.map((h) => h.Highlight!))) },
      fields: { ...(title ? { title } : {}), ...(author ? { byline: [author] } : {}) },
      tags: tagList(first['Document tags']),
      highlights: highlights.map((h) => ({ quote: h.Highlight!, note: (h.Note ?? '').trim() })),
    };
  });
}
