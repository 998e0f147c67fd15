import { escapeRegExp } from '../../shared/text/escape-regexp.js';
import type { FacetCount, SearchFacets, SearchResult, SearchSort } from '../../shared/models/clip.js';
import { withTags, type SummaryRow } from './clip-summary.js';
import { groupByName } from '../../shared/text/name-key.js';
import { sqlFragment, type SqlFragment } from '../db/sql.js';

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

/**
 * The people and the places most named in `matched`, NAME_FACET_ROWS of each, in one pass over
 * the matches' names (the same SQL in both engines): finding each match's names is most of what a
 * name facet costs, so both kinds share it.
 */
export const NAME_FACETS: SqlFragment = sqlFragment`SELECT kind, value, count FROM (
    SELECT e.kind AS kind, e.name AS value, count(*) AS count,
           row_number() OVER (PARTITION BY e.kind ORDER BY count(*) DESC, e.name) AS place_in_kind
      FROM matched m JOIN clip_entities ce ON ce.clip_id = m.id JOIN entities e ON e.id = ce.entity_id
     WHERE e.kind IN ('person', 'place') GROUP BY e.kind, e.id, e.name) AS named
  WHERE place_in_kind <= ${NAME_FACET_ROWS} ORDER BY kind, count DESC, value`;

export type NameFacetRow = FacetCount & { kind: string };

/** NAME_FACETS' rows as the people's and the places' counts. */
export function namesByKind(rows: readonly NameFacetRow[]): { people: FacetCount[]; places: FacetCount[] } {
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map(({ value, count }) => ({ value, count }));
  return { people: of('person'), places: of('place') };
}

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

/** A word of a clip's text, as PostgreSQL's parser and the snippets read it: letters, digits and their marks. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Words a snippet shows at the most, and before its first marked word, as the SQLite library's snippets. */
const SNIPPET_WORDS = 24;
const LEAD_WORDS = 4;
/** Characters after a match over which the snippet looks for the other words asked for. */
const SNIPPET_REACH = 160;

/**
 * Snippets of ranked hits in a team library, made here from their bodies rather than by
 * ts_headline, which parses the whole body of every hit inside PostgreSQL, the costliest part of a
 * search. The same words are marked: each word of the search's terms, lower-cased, matched at the
 * start of a word of the body, the whole word marked. A snippet is the run of words around the
 * match that has most of the different words asked for near it (the first such), else the body's
 * start. Made once for a search, then called for each of its hits.
 */
export function wordSnippets(terms: readonly string[]): (body: string) => string {
  const words = [...new Set(terms.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u)).filter(Boolean))];
  const wordStart = words.length ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${words.map(escapeRegExp).join('|')})`, 'giu') : null;
  const marked = (word: string) => {
    const lower = word.toLowerCase();
    return words.some((w) => lower.startsWith(w)) ? `${MATCH_START}${word}${MATCH_END}` : word;
  };
  return (body) => {
    // A word the body lacks is not waited for: the pass ends once the words it has are found.
    const lower = body.toLowerCase();
    const present = words.filter((w) => lower.includes(w)).length;
    const from = wordStart && present ? bestMatch(body.matchAll(wordStart), present) : 0;
    // Up to LEAD_WORDS whole words before it: the first word of the look back may be cut off.
    const back = Math.max(0, from - 120);
    const before = [...body.slice(back, from).matchAll(WORD)].filter((w) => back === 0 || w.index > 0).slice(-LEAD_WORDS);
    const start = before.length ? back + before[0]!.index : from;
    // The words from there on, read one at a time until there are enough.
    const next = new RegExp(WORD.source, 'gu');
    next.lastIndex = start;
    let text = '';
    let at = start;
    for (let n = 0, t = next.exec(body); t && n < SNIPPET_WORDS; n++, t = next.exec(body)) {
      text += body.slice(at, t.index) + marked(t[0]);
      at = t.index + t[0].length;
    }
    if (at === start) return body.slice(0, 200);
    return (start > 0 ? '…' : '') + text + (/[\p{L}\p{N}]/u.test(body.slice(at)) ? '…' : '');
  };
}

/**
 * Where the first run of matches begins that has the most of the `wanted` different words within
 * SNIPPET_REACH characters; 0 without matches. One pass, the run's words counted as it moves; the
 * matches are read from the body only as far as the pass goes, so a run that has every word asked
 * for ends the reading there rather than at the body's end.
 */
function bestMatch(found: Iterator<RegExpMatchArray>, wanted: number): number {
  const matches: RegExpMatchArray[] = [];
  const has = (k: number) => {
    while (matches.length <= k) {
      const next = found.next();
      if (next.done) return false;
      matches.push(next.value);
    }
    return true;
  };
  let best = 0;
  let bestScore = 0;
  const inRun = new Map<string, number>();
  const word = (k: number) => matches[k]![0].toLowerCase();
  for (let i = 0, j = 0; has(i) && bestScore < wanted; i++) {
    for (const reach = matches[i]!.index! + SNIPPET_REACH; has(j) && matches[j]!.index! < reach; j++) {
      inRun.set(word(j), (inRun.get(word(j)) ?? 0) + 1);
    }
    if (inRun.size > bestScore) [best, bestScore] = [matches[i]!.index!, inRun.size];
    const left = inRun.get(word(i))! - 1;
    if (left) inRun.set(word(i), left);
    else inRun.delete(word(i));
  }
  return best;
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
