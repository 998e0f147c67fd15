import type { ClipSummary } from '../shared/models/clip.js';

/** One line per clip for terminal listings: id, date, place, outlet, title. */
export function summaryLine(c: Pick<ClipSummary, 'id' | 'date' | 'dateline' | 'source' | 'title' | 'excerpt'>): string {
  const title = c.title ?? c.excerpt.slice(0, 70).replace(/\s+/g, ' ') + '…';
  const meta = [c.date ?? '—', c.dateline, c.source].filter(Boolean).join(' · ');
  return `${String(c.id).padStart(6)}  ${meta}  ${title}`;
}

export function highlightSnippet(snippet: string, tty: boolean): string {
  return tty ? snippet.replace(/\u0002/g, '\u001b[1m').replace(/\u0003/g, '\u001b[22m') : snippet.replace(/[\u0002\u0003]/g, '');
}
