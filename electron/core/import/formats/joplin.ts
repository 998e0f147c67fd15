import type { ImportItem } from '../import-item.js';
import { readTar, utf8, type ArchiveFiles } from './archive-files.js';
import { articleHtml, MalformedExportError } from './export-item.js';
import { markdownHtml } from './markdown-note.js';

/** Joplin's item types, as its `type_` field numbers them. */
const NOTE = 1;
const FOLDER = 2;
const RESOURCE = 4;
const TAG = 5;
const NOTE_TAG = 6;

interface JoplinItem {
  title: string;
  body: string;
  props: Map<string, string>;
}

const JEX = 'a Joplin export (JEX)';

/**
 * One item file: the title on the first line, then the body, then `key: value` lines after the
 * last blank line. Folders, tags and links have no body; a link has no title either.
 */
function parseItem(file: string, path: string, text: string): JoplinItem {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  while (lines.length && lines.at(-1) === '') lines.pop();
  const props = new Map<string, string>();
  while (lines.length && lines.at(-1) !== '') {
    const line = lines.pop()!;
    const colon = line.indexOf(':');
    if (colon < 1) throw new MalformedExportError(file, JEX, `${path} has a metadata line without a name: "${line.slice(0, 40)}"`);
    props.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  if (!props.has('id') || !props.has('type_')) throw new MalformedExportError(file, JEX, `${path} has no id or type_`);
  while (lines.length && lines.at(-1) === '') lines.pop();
  const [title = '', ...rest] = lines;
  while (rest.length && rest[0] === '') rest.shift();
  return { title: title.trim(), body: rest.join('\n'), props };
}

/** Joplin's bodies and titles escape line breaks in no way; its dates are ISO date-times. */
const day = (item: JoplinItem) => {
  const when = item.props.get('user_created_time') || item.props.get('created_time') || '';
  return /^\d{4}-\d{2}-\d{2}/.test(when) ? when.slice(0, 10) : null;
};

/** The notebook path of a folder id, from the top; a loop or a missing parent ends it. */
function notebookPath(folders: Map<string, JoplinItem>, id: string | undefined): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  for (let at = id; at && folders.has(at) && !seen.has(at); at = folders.get(at)!.props.get('parent_id')) {
    seen.add(at);
    path.unshift(folders.get(at)!.title);
  }
  return path;
}

/** A note links to resources as `:/id`; those and pictures are left out, since a clip holds text. */
const withoutResourceLinks = (body: string) =>
  body.replace(/!?\[([^\]]*)\]\(:\/[0-9a-f]{32}\)/g, (m, text: string) => (m.startsWith('!') ? '' : text));

function itemsOf(file: string, files: ArchiveFiles): JoplinItem[] {
  const items: JoplinItem[] = [];
  for (const [path, bytes] of files) {
    if (path.includes('/') || !path.endsWith('.md')) continue;
    items.push(parseItem(file, path, utf8(bytes)));
  }
  return items;
}

export function readJoplinItems(file: string, files: ArchiveFiles): ImportItem[] {
  const items = itemsOf(file, files);
  const ofType = (type: number) => items.filter((i) => Number(i.props.get('type_')) === type);
  const folders = new Map(ofType(FOLDER).map((f) => [f.props.get('id')!, f]));
  const tags = new Map(ofType(TAG).map((t) => [t.props.get('id')!, t.title]));
  const tagsOf = new Map<string, string[]>();
  for (const link of ofType(NOTE_TAG)) {
    const note = link.props.get('note_id');
    const tag = tags.get(link.props.get('tag_id') ?? '');
    if (note && tag) tagsOf.set(note, [...(tagsOf.get(note) ?? []), tag]);
  }
  const notes = ofType(NOTE);
  if (!notes.length) {
    const known = ofType(RESOURCE).length + folders.size + tags.size;
    throw new MalformedExportError(file, JEX, known ? 'it holds notebooks or attachments but no notes' : 'it holds no Joplin notes');
  }
  return notes.map((note, i) => {
    const id = note.props.get('id')!;
    const notebook = notebookPath(folders, note.props.get('parent_id'));
    const author = note.props.get('author');
    return {
      name: `${file} — note ${i + 1} of ${notes.length}${note.title ? `: ${note.title}` : ''}`,
      paste: { text: '', html: articleHtml(note.title, markdownHtml(withoutResourceLinks(note.body))) },
      fields: { ...(note.title ? { title: note.title } : {}), date: day(note), ...(author ? { byline: [author] } : {}) },
      url: note.props.get('source_url') || null,
      tags: tagsOf.get(id) ?? [],
      collections: notebook.length ? [notebook] : [],
    };
  });
}

/** A JEX file: a tar of Joplin's item files (notes, notebooks, tags, their links) and its resources. */
export async function readJoplinJex(file: string, bytes: Uint8Array): Promise<ImportItem[]> {
  let files: ArchiveFiles;
  try {
    files = await readTar(bytes);
  } catch (err) {
    throw new MalformedExportError(file, JEX, (err as Error).message);
  }
  return readJoplinItems(file, files);
}
