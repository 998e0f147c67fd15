import { basename } from 'node:path';
import type { ImportItem } from '../import-item.js';
import { articleHtml, isoDay, MalformedExportError } from './export-item.js';
import { xmlParser } from './xml-parser.js';

/** An Evernote export: `<en-export>` holding `<note>`s whose `<content>` is ENML (XHTML in `<en-note>`). */
export const isEvernoteExport = (text: string) => /^\s*(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?<en-export[\s>]/i.test(text);

interface EnexNote {
  title?: string;
  content?: string;
  created?: string;
  tag?: string[];
  notebook?: string;
  'note-attributes'?: { 'source-url'?: string; author?: string; source?: string };
}

/** Evernote writes dates as 20230704T090000Z. */
const evernoteDay = (value: string | undefined) => (value ? isoDay(value.replace(/^(\d{4})(\d{2})(\d{2})T.*$/, '$1-$2-$3')) : null);

/** ENML's body, as HTML: the XML prolog and the en-note wrapper go, `en-media` (attachments) cannot be shown. */
const enmlBody = (enml: string) =>
  enml
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<\/?en-note[^>]*>/gi, '')
    .replace(/<en-media[^>]*\/?>(<\/en-media>)?/gi, '')
    .replace(/<en-todo[^>]*\/?>/gi, '');

/** Evernote exports a notebook as one file named after it; some exports name each note's notebook too. */
const notebookOf = (file: string, note: EnexNote) => {
  const named = typeof note.notebook === 'string' ? note.notebook.trim() : '';
  return (
    named ||
    basename(file)
      .replace(/\.enex$/i, '')
      .trim()
  );
};

export function readEvernote(file: string, text: string): ImportItem[] {
  const parser = xmlParser({
    ignoreAttributes: true,
    isArray: (name) => name === 'note' || name === 'tag',
    parseTagValue: false,
    trimValues: true,
  });
  let root: { 'en-export'?: { note?: EnexNote[] } | string };
  try {
    root = parser.parse(text, true);
  } catch (err) {
    throw new MalformedExportError(file, 'an Evernote export', (err as Error).message);
  }
  const exportNode = root['en-export'];
  const notes = typeof exportNode === 'object' ? (exportNode.note ?? []) : [];
  if (!notes.length) throw new MalformedExportError(file, 'an Evernote export', 'it holds no notes');
  return notes.map((note, i) => {
    const title = String(note.title ?? '').trim();
    const attributes = note['note-attributes'] ?? {};
    return {
      name: `${file} — note ${i + 1} of ${notes.length}${title ? `: ${title}` : ''}`,
      paste: { text: '', html: articleHtml(title, enmlBody(String(note.content ?? ''))) },
      fields: {
        ...(title ? { title } : {}),
        date: evernoteDay(note.created),
        ...(attributes.author ? { byline: [String(attributes.author)] } : {}),
      },
      url: attributes['source-url'] ? String(attributes['source-url']) : null,
      tags: (note.tag ?? []).map(String),
      collections: [[notebookOf(file, note)]],
    };
  });
}
