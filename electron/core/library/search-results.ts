import { escapeRegExp } from '../../shared/text/escape-regexp.js';
import type { FacetCount, SearchFacets, SearchResult, SearchSort } from '../../shared/models/clip.js';
import { withTags, type SummaryRow } from './clip-summary.js';
import { groupByName } from '../../shared/text/name-key.js';

/**
 * What both search engines (search-fts.ts, search-tsvector.ts) do with the rows their SQL returns:
 * the snippets' match marks, the empty answer, the hits' shape and the facets' order.
 */

/** Marks around matched words in snippets: control characters, so no clip text can forge them. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** How many values each facet lists at the most. */
export const FACET_LIMIT = 12;
/** Spellings read for a name facet before they are grouped, so a name spelt several ways is counted whole. */
export const NAME_FACET_ROWS = FACET_LIMIT * 4;

export interface SearchOptions {
  limit: number;
  offset: number;
  sort: SearchSort;
  facets: boolean;
}

/** A row of hits as the engines select it: a clip's summary, its snippet (or body) and its rank. */
export type HitRow = SummaryRow & { snippet: string; rank: number };

/** The clips counted by source and year together, in one pass over the matching clip rows. */
export type SourceYearCount = { source: string | null; year: string | null; count: number };

/** The notices of a query read otherwise than written, as one sentence list. */
export function noticeOf(notices: string[]): string | null {
  return notices.length ? notices.join(' ') : null;
}

/** The answer to a query with nothing to search for (only words the index cannot find). */
export function emptyResult(query: string, notices: string[]): SearchResult {
  return { query, total: 0, hits: [], notice: noticeOf(notices), facets: null };
}

/** Words a snippet keeps before its first match: a list row shows two lines, and the match must be in them. */
const WORDS_BEFORE_MATCH = 6;

/**
 * The hits with their tags read; without ranked words the engine returns the body, and the snippet
 * is cut here around the first term.
 */
export function shapeHits(rows: HitRow[], ranked: boolean, terms: string[]): SearchResult['hits'] {
  const tagged = withTags(rows);
  return tagged.map((r) => ({ ...r, snippet: ranked ? leadToMatch(r.snippet) : plainSnippet(r.snippet, terms) }));
}

/**
 * An engine's snippet started a few words before its first match. Both engines pick the window
 * with the most matches, which can put the first one at its end, past what a list row shows.
 */
export function leadToMatch(snippet: string): string {
  const at = snippet.indexOf(MATCH_START);
  if (at === -1) return snippet;
  const words = snippet.slice(0, at).split(/(?<=\s)(?=\S)/);
  if (words.length <= WORDS_BEFORE_MATCH) return snippet;
  return `…${words.slice(-WORDS_BEFORE_MATCH).join('').replace(/^…/, '')}${snippet.slice(at)}`;
}

/** For hits without an engine's snippet (filters only, or CJK): the text around the first match. */
export function plainSnippet(body: string, terms: string[]): string {
  const at = terms
    .map((t) => body.toLowerCase().indexOf(t.toLowerCase()))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)[0];
  if (at === undefined) return body.slice(0, 200) + (body.length > 200 ? '…' : '');
  const start = Math.max(0, at - 60);
  let text = (start > 0 ? '…' : '') + body.slice(start, start + 220) + (start + 220 < body.length ? '…' : '');
  for (const t of terms) {
    if (!t) continue;
    text = text.replace(new RegExp(escapeRegExp(t), 'gi'), (m) => `${MATCH_START}${m}${MATCH_END}`);
  }
  return text;
}

/**
 * Spellings of one name (by the shared key, as the indexes group them) as one facet under the
 * commonest, their counts summed; a name filter on it finds every spelling, so every clip counted.
 * Ties keep the engine's order.
 */
function byName(counts: readonly FacetCount[]): FacetCount[] {
  return groupByName(
    counts,
    (c) => c.value,
    (c) => c.count,
  )
    .map((g) => ({ value: g.name, count: g.items.reduce((n, c) => n + c.count, 0) }))
    .sort((a, b) => b.count - a.count)
    .slice(0, FACET_LIMIT);
}

/** The facets in the order the panel shows: sources by count, years newest first, each cut to FACET_LIMIT. */
export function facetsFrom(counts: {
  tags: FacetCount[];
  people: FacetCount[];
  places: FacetCount[];
  pairs: SourceYearCount[];
}): SearchFacets {
  const tally = (key: 'source' | 'year') => {
    const totals = new Map<string, number>();
    for (const row of counts.pairs) if (row[key] !== null) totals.set(row[key]!, (totals.get(row[key]!) ?? 0) + row.count);
    return [...totals].map(([value, count]) => ({ value, count }));
  };
  return {
    tags: counts.tags,
    sources: tally('source')
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, FACET_LIMIT),
    people: byName(counts.people),
    places: byName(counts.places),
    years: tally('year')
      .sort((a, b) => b.value.localeCompare(a.value))
      .slice(0, FACET_LIMIT),
  };
}
