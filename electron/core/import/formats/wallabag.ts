import type { ImportedHighlight, ImportItem } from '../import-item.js';
import { articleHtml, isoDay, MalformedExportError } from './export-item.js';

interface WallabagEntry {
  title?: unknown;
  url?: unknown;
  content?: unknown;
  tags?: unknown;
  created_at?: unknown;
  published_at?: unknown;
  published_by?: unknown;
  domain_name?: unknown;
  annotations?: unknown;
}

/** wallabag's JSON export: an array of entries with `content` HTML and wallabag's own fields. */
export function isWallabagExport(data: unknown): data is WallabagEntry[] {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    data.every((e) => e && typeof e === 'object' && 'content' in e && ('is_archived' in e || 'reading_time' in e || 'domain_name' in e))
  );
}

/** Tags are labels, or objects with a `label`, depending on the wallabag version. */
const tagLabels = (tags: unknown): string[] =>
  Array.isArray(tags)
    ? tags.flatMap((t) => (typeof t === 'string' ? [t] : t && typeof t === 'object' && 'label' in t ? [String(t.label)] : []))
    : [];

/** wallabag keeps annotations as Annotator.js does: the highlighted `quote`, the user's `text` on it, and `ranges`. */
const annotationsOf = (annotations: unknown): ImportedHighlight[] =>
  Array.isArray(annotations)
    ? annotations.flatMap((a) =>
        a && typeof a === 'object' && typeof a.quote === 'string' && a.quote.trim()
          ? [{ quote: a.quote, note: typeof a.text === 'string' ? a.text : '' }]
          : [],
      )
    : [];

export function readWallabag(file: string, entries: WallabagEntry[]): ImportItem[] {
  return entries.map((e, i) => {
    if (typeof e.content !== 'string') throw new MalformedExportError(file, 'a wallabag export', `entry ${i + 1} has no content`);
    const title = typeof e.title === 'string' ? e.title.trim() : '';
    const byline = Array.isArray(e.published_by) ? e.published_by.filter((a): a is string => typeof a === 'string') : [];
    return {
      name: `${file} — entry ${i + 1} of ${entries.length}${title ? `: ${title}` : ''}`,
      paste: { text: '', html: articleHtml(title, e.content) },
      fields: {
        ...(title ? { title } : {}),
        date: isoDay(e.published_at) ?? isoDay(e.created_at),
        ...(byline.length ? { byline } : {}),
        ...(typeof e.domain_name === 'string' && e.domain_name ? { source: e.domain_name } : {}),
      },
      url: typeof e.url === 'string' ? e.url : null,
      tags: tagLabels(e.tags),
      highlights: annotationsOf(e.annotations),
    };
  });
}
