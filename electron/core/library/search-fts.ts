import type { Db } from '../db/open-library.js';
import type { FacetCount, SearchFacets, SearchResult, SearchSort } from '../../shared/models/clip.js';
import { all, get, pluck, sql, sqlFragment, sqlJoin, sqlRaw, type SqlFragment } from '../db/sql.js';
import { summaryColumns } from './clip-summary.js';
import { plan, type Plan } from './search-fts-plan.js';
import { distinctNames, nameFieldsIn, NameSpellings } from './name-spellings.js';
import { parseSearchQuery } from '../../shared/search/query-parser.js';
import { fieldOrderIn } from './list-order.js';
import {
  emptyResult,
  FACET_LIMIT,
  facetsFrom,
  MATCH_END,
  MATCH_START,
  NAME_FACETS,
  namesByKind,
  noticeOf,
  shapeHits,
} from './search-results.js';
import type { HitRow, NameFacetRow, SearchOptions, SourceYearCount } from './search-results.js';

/**
 * Search in a SQLite library through its FTS5 index; search.ts chooses it by the library's engine.
 */

/** The index's rank: bm25 with a title match counting most (weights set by migration 0050). */
const RANK = sqlFragment`clips_fts.rank`;
/** Above this many clips in the trash, the quick path's over-fetch would cost more than it saves. */
const QUICK_PATH_MAX_TRASH = 1_000;
const SNIPPET = sqlFragment`snippet(clips_fts, 1, ${MATCH_START}, ${MATCH_END}, '…', 24)`;
const SUMMARY = summaryColumns('sqlite');

/** The matching clips as `FROM … WHERE …`, shared by the hits, the count and the facets. */
function fromWhere(p: Plan): SqlFragment {
  if (!p.match) return sqlFragment`FROM clips c WHERE ${sqlJoin(p.where, ' AND ')}`;
  const conditions = [sqlFragment`clips_fts MATCH ${p.match}`, ...p.where];
  return sqlFragment`FROM clips_fts JOIN clips c ON c.id = clips_fts.rowid WHERE ${sqlJoin(conditions, ' AND ')}`;
}

/** The search as SQL, with the spellings its name filters find read from the library. */
function planned(db: Db, query: string): Plan {
  const q = parseSearchQuery(query);
  return plan(q, new NameSpellings(nameFieldsIn(q.root).map((field) => [field, pluck<string>(db, distinctNames(field))] as const)));
}

export function searchClips(db: Db, query: string, opts: SearchOptions): SearchResult {
  const p = planned(db, query);
  if (!p.match && p.where.length === 1) return emptyResult(query, p.notices);
  const fw = fromWhere(p);
  const quick = p.match !== null && p.where.length === 1 && opts.sort === 'relevance' ? quickSearch(db, p.match, opts) : null;
  const { rows, total } = quick ?? generalSearch(db, p, fw, opts);
  const hits = shapeHits(rows, Boolean(p.match), p.terms);
  return { query, total, hits, notice: noticeOf(p.notices), facets: opts.facets ? facets(db, p, fw) : null };
}

function trashCount(db: Db): number {
  return get<{ n: number }>(db, sql`SELECT count(*) AS n FROM clips WHERE deleted_at IS NOT NULL`)!.n;
}

/**
 * Words only, best first (the common case, typed in the search box). One pass over the index
 * ranks every match and counts them (a window count beside SQLite's bounded top-N sort, which is
 * quicker than FTS5's own rank sorter plus a second counting pass); only the top rows are then
 * joined to their clips and given snippets. Trashed clips are skipped by fetching a few more.
 */
function quickSearch(db: Db, match: string, opts: SearchOptions): { rows: HitRow[]; total: number } | null {
  const trashed = trashCount(db);
  if (trashed > QUICK_PATH_MAX_TRASH) return null;
  const top = all<{ id: number; rank: number; matches: number }>(
    db,
    sql`SELECT rowid AS id, rank, count(*) OVER () AS matches FROM clips_fts WHERE clips_fts MATCH ${match}
        ORDER BY rank LIMIT ${opts.offset + opts.limit + trashed}`,
  );
  if (!top.length) return { rows: [], total: 0 };
  const rows = all<HitRow>(
    db,
    sql`SELECT ${SUMMARY}, '' AS snippet, top.value ->> '$[1]' AS rank
        FROM json_each(${JSON.stringify(top.map((t) => [t.id, t.rank]))}) AS top CROSS JOIN clips c ON c.id = top.value ->> '$[0]'
        WHERE c.deleted_at IS NULL ORDER BY top.key LIMIT ${opts.limit} OFFSET ${opts.offset}`,
  );
  // One pass over the matches for every snippet: a rowid constraint per row would make FTS5 expand
  // each prefix word again for every row shown. The "+" keeps the id list out of FTS5's hands.
  const snippets = all<{ id: number; snippet: string }>(
    db,
    sql`SELECT rowid AS id, ${SNIPPET} AS snippet FROM clips_fts
        WHERE clips_fts MATCH ${match} AND +rowid IN (SELECT value FROM json_each(${JSON.stringify(rows.map((r) => r.id))}))`,
  );
  const snippetOf = new Map(snippets.map((r) => [r.id, r.snippet]));
  for (const row of rows) row.snippet = snippetOf.get(row.id) ?? '';
  const hidden = trashed
    ? get<{ n: number }>(
        db,
        sql`SELECT count(*) AS n FROM clips c
            WHERE c.deleted_at IS NOT NULL AND c.id IN (SELECT rowid FROM clips_fts WHERE clips_fts MATCH ${match})`,
      )!.n
    : 0;
  return { rows, total: top[0]!.matches - hidden };
}

/** Best match first needs words to rank by; filters alone list the newest articles first. */
function orderOf(p: Plan, sort: SearchSort): SqlFragment {
  return sqlRaw(sort === 'relevance' ? (p.match ? 'rank' : fieldOrderIn('sqlite', 'date-desc')) : fieldOrderIn('sqlite', sort));
}

function generalSearch(db: Db, p: Plan, fw: SqlFragment, opts: SearchOptions): { rows: HitRow[]; total: number } {
  const snippet = p.match ? SNIPPET : sqlFragment`c.body`;
  const rank = p.match ? RANK : sqlFragment`0`;
  const rows = all<HitRow>(
    db,
    sql`SELECT ${SUMMARY}, ${snippet} AS snippet, ${rank} AS rank ${fw} ORDER BY ${orderOf(p, opts.sort)}
        LIMIT ${opts.limit} OFFSET ${opts.offset}`,
  );
  const { total } = get<{ total: number }>(db, sql`SELECT count(*) AS total ${fw}`)!;
  return { rows, total };
}

/**
 * Facet counts over every match, not just the page shown. For words alone the matches come from
 * the index with trashed clips taken out by their own index: joining every match to its clip row
 * means reading past the body and the paste, the slow part at 100,000 clips.
 */
function facets(db: Db, p: Plan, fw: SqlFragment): SearchFacets {
  const wordsOnly = p.match !== null && p.where.length === 1;
  const matched = wordsOnly
    ? sqlFragment`WITH matched AS (SELECT rowid AS id FROM clips_fts WHERE clips_fts MATCH ${p.match}
               AND rowid NOT IN (SELECT id FROM clips WHERE deleted_at IS NOT NULL))`
    : sqlFragment`WITH matched AS (SELECT c.id ${fw})`;
  const counts = (query: SqlFragment, limit = FACET_LIMIT) => all<FacetCount>(db, sql`${matched} ${query} LIMIT ${limit}`);
  // Sources and years in one pass over the clip rows.
  const pairs = all<SourceYearCount>(
    db,
    sql`${matched} SELECT c.source AS source, substr(c.date, 1, 4) AS year, count(*) AS count
        FROM matched m JOIN clips c ON c.id = m.id GROUP BY 1, 2`,
  );
  return facetsFrom({
    tags: counts(sqlFragment`SELECT t.name AS value, count(*) AS count FROM matched m JOIN clip_tags ct ON ct.clip_id = m.id
                  JOIN tags t ON t.id = ct.tag_id GROUP BY t.id ORDER BY count DESC, value`),
    ...namesByKind(all<NameFacetRow>(db, sql`${matched} ${NAME_FACETS}`)),
    pairs,
  });
}

/** Every match's id in the order the list shows them, for "select all": no rows, snippets or counts. */
export function searchClipIds(db: Db, query: string, sort: SearchSort): number[] {
  const p = planned(db, query);
  if (!p.match && p.where.length === 1) return [];
  return pluck<number>(db, sql`SELECT c.id ${fromWhere(p)} ORDER BY ${orderOf(p, sort)}`);
}
