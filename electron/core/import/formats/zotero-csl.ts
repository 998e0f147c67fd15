import type { ImportItem } from '../import-item.js';
import { articleHtml, MalformedExportError } from './export-item.js';

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

interface CslItem {
  type?: unknown;
  title?: unknown;
  URL?: unknown;
  issued?: { 'date-parts'?: unknown[][]; raw?: string };
  'container-title'?: unknown;
  author?: CslName[];
  abstract?: unknown;
  note?: unknown;
}

/** CSL JSON (as Zotero exports it): an array of items with a CSL `type` and CSL's field names. */
export function isCslJson(data: unknown): data is CslItem[] {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    data.every(
      (e) =>
        e && typeof e === 'object' && typeof e.type === 'string' && ('title' in e || 'URL' in e || 'issued' in e || 'container-title' in e),
    )
  );
}

/** CSL's [[year, month, day]], to YYYY-MM-DD when the day is known. */
function issuedDay(issued: CslItem['issued']): string | null {
  const [y, m, d] = (issued?.['date-parts']?.[0] ?? []).map(Number);
  if (!y || !m || !d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const personName = (n: CslName) => (n.literal ?? [n.given, n.family].filter(Boolean).join(' ')).trim();

const paragraphsHtml = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');

/** A note in Zotero is HTML already; an abstract is plain text. */
const bodyOf = (item: CslItem) =>
  [
    typeof item.abstract === 'string' ? paragraphsHtml(item.abstract) : '',
    typeof item.note === 'string' ? (/<\w/.test(item.note) ? item.note : paragraphsHtml(item.note)) : '',
  ].join('');

export function readCslJson(file: string, items: CslItem[]): ImportItem[] {
  return items.map((item, i) => {
    const title = typeof item.title === 'string' ? item.title.trim() : '';
    const body = bodyOf(item);
    if (!title && !body) throw new MalformedExportError(file, 'a CSL JSON file', `item ${i + 1} has neither a title nor any text`);
    const byline = (item.author ?? []).map(personName).filter(Boolean);
    const source = typeof item['container-title'] === 'string' ? item['container-title'] : null;
    return {
      name: `${file} — item ${i + 1} of ${items.length}${title ? `: ${title}` : ''}`,
      paste: { text: '', html: articleHtml(title, body) },
      fields: {
        ...(title ? { title } : {}),
        date: issuedDay(item.issued),
        ...(byline.length ? { byline } : {}),
        ...(source ? { source } : {}),
      },
      url: typeof item.URL === 'string' ? item.URL : null,
    };
  });
}
