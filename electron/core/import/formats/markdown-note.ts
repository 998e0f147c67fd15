import { createRequire } from 'node:module';
import { markdownRenderer } from '../../markdown-renderer.js';
import type { ImportItem } from '../import-item.js';
import { articleHtml, isoDay, MalformedExportError } from './export-item.js';

// js-yaml loads with the first front matter read, not at every start of the CLI and of `cuttings serve`.
const require = createRequire(import.meta.url);

/** Notes from other tools mix Markdown with the HTML their web clippers kept; the clipper cleans both. */
const markdown = markdownRenderer({ html: true, linkify: false, typographer: false });

/** A note's Markdown as HTML, without the pictures and attachments the export kept beside it. */
export function markdownHtml(text: string): string {
  return markdown().render(text.replace(/!\[[^\]]*\]\([^)]*\)/g, ''));
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;

/** Markdown that opens with a YAML block of its metadata, as Joplin, Omnivore and Obsidian write it. */
export const hasFrontMatter = (text: string) => FRONT_MATTER.test(text);

/** The metadata block, read as plain YAML (dates stay as written), and the Markdown after it. */
export function splitFrontMatter(file: string, text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: {}, body: text };
  const { CORE_SCHEMA, load } = require('js-yaml') as typeof import('js-yaml');
  let data: unknown;
  try {
    data = load(match[1]!, { schema: CORE_SCHEMA });
  } catch (err) {
    throw new MalformedExportError(file, 'a Markdown note with front matter', (err as Error).message.split('\n', 1)[0]!);
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data)))
    throw new MalformedExportError(file, 'a Markdown note with front matter', 'its front matter is not a list of fields');
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

const firstString = (data: Record<string, unknown>, keys: readonly string[]): string | null => {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return null;
};

/** A list written as YAML (`[a, b]` or one per line) or as one string separated by commas. */
export const listOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v).replace(/^#/, '').trim() : ''))
    .filter(Boolean);

const fileTitle = (file: string) => (file.split(/[\\/]/).pop() ?? file).replace(/\.(md|markdown)$/i, '').trim();

/**
 * A Markdown note with front matter: title, source URL, created date, author and tags from its
 * fields (Joplin's names, and the common ones other tools use), the folders it sat in as collections.
 */
export function readMarkdownNote(file: string, text: string, folders: readonly string[]): ImportItem {
  const { data, body } = splitFrontMatter(file, text);
  const title = firstString(data, ['title']) ?? fileTitle(file);
  const author = firstString(data, ['author']);
  return {
    name: file,
    paste: { text: '', html: articleHtml(title, markdownHtml(body)) },
    fields: {
      title,
      date: isoDay(firstString(data, ['created', 'date', 'savedAt', 'saved', 'published'])),
      ...(author ? { byline: [author] } : {}),
    },
    url: firstString(data, ['source', 'source_url', 'url']),
    tags: listOf(data.tags ?? data.labels),
    collections: folders.length ? [[...folders]] : [],
  };
}
