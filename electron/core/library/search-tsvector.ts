import type { LibraryDatabase } from '../db/library-database.js';
import { pluckAll } from '../db/library-database.js';
import { sql, sqlFragment, sqlJoin, sqlRaw, type SqlFragment } from '../db/sql.js';
import type { FacetCount, SearchFacets, SearchResult, SearchSort } from '../../shared/models/clip.js';
import { summaryColumns } from './clip-summary.js';
import { emptyResult, FACET_LIMIT, facetsFrom, NAME_FACETS, namesByKind, noticeOf, shapeHits, wordSnippets } from './search-results.js';
import type { HitRow, SearchOptions } from './search-results.js';
import { fieldOrderIn } from './list-order.js';
import { pgPlan, type PgPlan } from './search-tsquery.js';
import { COUNTED_AHEAD, counted, countUpTo, withoutTotal } from './counted.js';
import { distinctNames, nameFieldsIn, NameSpellings, type NameField } from './name-spellings.js';
import { parseSearchQuery } from '../../shared/search/query-parser.js';

/**
 * Search in a PostgreSQL library through the clips' tsvector documents (search-document.ts):
 * the same query language and the same clips as the SQLite library's FTS5 index (search-fts.ts).
 */
/** The search as SQL, with the spellings its name filters find read from the library. */
async function planned(db: LibraryDatabase, query: string): Promise<PgPlan> {
  const q = parseSearchQuery(query);
  const names: (readonly [NameField, string[]])[] = [];
  for (const field of nameFieldsIn(q.root)) names.push([field, await pluckAll<string>(db, distinctNames(field))]);
  return pgPlan(q, new NameSpellings(names));
}

export async function tsvectorSearch(db: LibraryDatabase, query: string, opts: SearchOptions): Promise<SearchResult> {
  const p = await planned(db, query);
  if (p.where.length === 1) return emptyResult(query, p.notices);
  const where = whereOf(p);
  const from = sqlFragment`FROM clips c WHERE ${where}`;
  const upTo = opts.offset + opts.limit + COUNTED_AHEAD;
  const [rows, total, facets] = await throughIndexes(db, async (tx) => {
    const found = await firstMatches(tx, where, upTo, opts);
    const page = await hits(tx, p, where, found.matched, upTo, opts);
    return [
      page,
      page.length ? counted('postgres', page[0]!.total, upTo) : opts.offset === 0 ? { total: 0 } : await countUpTo(tx, from, upTo),
      found.facets,
    ] as const;
  });
  return { query, ...total, hits: shapeHits(rows.map(withoutTotal), Boolean(p.rank), p.terms), notice: noticeOf(p.notices), facets };
}

/** Every match's id in the order the list shows them, for "select all". */
export async function tsvectorSearchIds(db: LibraryDatabase, query: string, sort: SearchSort): Promise<number[]> {
  const p = await planned(db, query);
  if (p.where.length === 1) return [];
  return throughIndexes(db, (tx) => pluckAll<number>(tx, sql`SELECT c.id FROM clips c WHERE ${whereOf(p)} ORDER BY ${orderOf(p, sort)}`));
}

/**
 * Runs a search's queries in one read-only snapshot, with the planner told what a match against
 * a document costs. It prices one as a single operator, but each reads the whole document from
 * its TOAST table, so it would walk every clip of a date range, or all clips in id order,
 * testing each. Priced higher (a hundredfold), and with plain scans of the table and its indexes
 * put last, the document index and the filters' indexes narrow the clips as bitmaps first, and
 * only those few are read.
 *
 * A read-only snapshot takes none of the predicate locks a SERIALIZABLE transaction takes, so
 * searches never make a concurrent save run again. JIT compiling and parallel workers cost more
 * to start (tens of milliseconds) than these index-driven queries take, and under many users the
 * workers take the cores the other searches need.
 *
 * A bitmap keeps its clips exactly only while it fits in work_mem: past it, it keeps whole pages,
 * and every clip on such a page is tested again, its document read from TOAST, for a common word
 * most of the library's documents. An exact bitmap takes about 64 bytes a page of the table (a
 * dozen clips), so the 4 MB PostgreSQL gives by default holds a word found on every page of a
 * library of under a million clips, and 32 MB one of several million. It is a bound, not
 * an allocation: a search of rarer words uses no more than before.
 */
function throughIndexes<T>(db: LibraryDatabase, work: (tx: LibraryDatabase) => Promise<T>): Promise<T> {
  return db.readSnapshot(work, { planner: SEARCH_PLANNER });
}

const SEARCH_PLANNER = {
  work_mem: '32MB',
  enable_seqscan: 'off',
  enable_indexscan: 'off',
  cpu_operator_cost: '0.25',
  jit: 'off',
  max_parallel_workers_per_gather: '0',
};

const whereOf = (p: PgPlan) => sqlJoin(p.where, ' AND ');

/** Best match first needs words to rank by; filters alone list the newest articles first. */
function orderOf(p: PgPlan, sort: SearchSort, rank: SqlFragment = rankOf(p)): SqlFragment {
  if (sort !== 'relevance') return sqlRaw(fieldOrderIn('postgres', sort));
  if (!p.rank) return sqlRaw(fieldOrderIn('postgres', 'date-desc'));
  return sqlFragment`${rank} DESC, c.id`;
}

/**
 * A page orders by its `rank` column, so each match's rank is worked out once: written out again
 * in ORDER BY, it is a second call, which reads the whole document from TOAST a second time.
 */
const RANK = sqlFragment`rank`;

const rankOf = (p: PgPlan) => (p.rank ? sqlFragment`clip_rank(c.search_doc, CAST(${p.rank} AS tsquery))` : sqlFragment`0`);

/**
 * Matches ranked for a page of best matches. Ranking reads each match's whole document, so in a
 * large library only these are ranked: those whose title matches (the title weighs most) and the
 * first the index finds. A search with no more matches than this ranks every match, so its order
 * is exact; one with more shows the best of these on its first pages, and deeper pages rank all.
 */
export const RANKED_CANDIDATES = 400;

/** The matches counted, up to one past `upTo`: `matched` holds the first of them the index finds. */
const matchedCount = sqlFragment`(SELECT count(*) FROM matched)`;

/** Whether a page is ranked from candidates (rankedPage) rather than ordered over every match (orderedPage). */
const rankedFromCandidates = (p: PgPlan, opts: SearchOptions) =>
  Boolean(p.rank) && opts.sort === 'relevance' && opts.offset + opts.limit <= RANKED_CANDIDATES;

const pageWindow = (opts: SearchOptions) => sqlFragment`LIMIT ${opts.limit} OFFSET ${opts.offset}`;

/**
 * The ids and ranks of one page of hits, in the order asked for, over every match: taken from
 * `matched` when it holds them all (no more than `upTo`), so a search with few matches finds
 * them once; else from the clips again. Only one of the two is run, as the count decides.
 */
function orderedPage(p: PgPlan, where: SqlFragment, upTo: number, opts: SearchOptions): SqlFragment {
  const ordered = (matches: SqlFragment) =>
    sqlFragment`SELECT c.id, ${rankOf(p)} AS rank FROM clips c WHERE ${matches} ORDER BY ${orderOf(p, opts.sort, RANK)} ${pageWindow(opts)}`;
  return sqlFragment`SELECT * FROM (${ordered(sqlFragment`c.id IN (SELECT m.id FROM matched m)`)}) AS few WHERE ${matchedCount} <= ${upTo}
    UNION ALL SELECT * FROM (${ordered(where)}) AS many WHERE ${matchedCount} > ${upTo}`;
}

/**
 * The ids and ranks of one page of best matches, ranked among the candidates: the clips whose
 * title matches and the first of `matched`, the matches in the order the index finds them.
 */
function rankedPage(p: PgPlan, opts: SearchOptions): SqlFragment {
  const query = sqlFragment`CAST(${p.rank} AS tsquery)`;
  return sqlFragment`SELECT c.id, ${rankOf(p)} AS rank FROM clips c
    WHERE c.id IN ((SELECT c.id FROM clips c WHERE ${sqlJoin(p.besidesRank, ' AND ')} AND c.title_doc @@ ${query} LIMIT ${RANKED_CANDIDATES})
      UNION (SELECT m.id FROM matched m LIMIT ${RANKED_CANDIDATES}))
    ORDER BY ${orderOf(p, opts.sort, RANK)} ${pageWindow(opts)}`;
}

/**
 * The page of hits, each with its body, from which the snippet is made (wordSnippets) for these
 * rows only, after the limit; and on each, the count of the matches up to `upTo`, worked out once.
 * The count and the page come from one set of matches, `matched`, made once: finding the
 * matches of a common word (a bitmap of the document index) is most of what counting them costs,
 * the first of them are the ones a ranked page ranks, and when they are all there, an ordered
 * page is made from them.
 */
async function hits(
  db: LibraryDatabase,
  p: PgPlan,
  where: SqlFragment,
  matched: SqlFragment,
  upTo: number,
  opts: SearchOptions,
): Promise<(HitRow & { total: number })[]> {
  const page = rankedFromCandidates(p, opts) ? rankedPage(p, opts) : orderedPage(p, where, upTo, opts);
  const rows = await db.all<HitRow & { total: number }>(
    sql`WITH matched AS MATERIALIZED (${matched})
        SELECT ${summaryColumns('postgres')}, c.body AS snippet, page.rank AS rank, ${matchedCount} AS total
        FROM (${page}) AS page JOIN clips c ON c.id = page.id ORDER BY ${orderOf(p, opts.sort, sqlFragment`page.rank`)}`,
  );
  if (!p.rank) return rows;
  const snippet = wordSnippets(p.terms);
  return rows.map((row) => ({ ...row, snippet: snippet(row.snippet) }));
}

/**
 * The first matches the index finds, as the query that gives them to `matched` in hits: up to one
 * past `upTo`, to count. A search that also wants its facets reads them here first, as many as
 * both need, and counts its facets in the same statement, so the document index is searched once
 * for the page, its count and its facets, and only the ids the page needs come back, in the order
 * the index found them.
 */
async function firstMatches(
  db: LibraryDatabase,
  where: SqlFragment,
  upTo: number,
  opts: SearchOptions,
): Promise<{ matched: SqlFragment; facets: SearchFacets | null }> {
  if (!opts.facets) return { matched: sqlFragment`SELECT c.id FROM clips c WHERE ${where} LIMIT ${upTo + 1}`, facets: null };
  const found = await db.get<{ ids: number[] | null; facets: FacetRow[] | null }>(
    sql`WITH found AS MATERIALIZED (
          SELECT c.id, row_number() OVER () AS n FROM clips c WHERE ${where} LIMIT ${Math.max(upTo + 1, FACETED_MATCHES)}),
        matched AS (SELECT f.id FROM found f WHERE f.n <= ${FACETED_MATCHES})
        SELECT (SELECT json_agg(f.id ORDER BY f.n) FROM found f WHERE f.n <= ${upTo + 1}) AS ids,
          (SELECT json_agg(r ORDER BY r.kind, r.count DESC, r.value) FROM (${FACET_ROWS}) AS r) AS facets`,
  );
  return {
    matched: sqlFragment`SELECT m.id FROM unnest(CAST(${found?.ids ?? []} AS bigint[])) WITH ORDINALITY AS m(id, n) ORDER BY m.n`,
    facets: facetsOf(found?.facets ?? []),
  };
}

/**
 * Facet counts over the matches, not just the page shown, in the SQLite library's orders: over
 * every match up to this many, and over the first this many the index finds beyond, so a search
 * matching half the archive reads a sample of it rather than all of it.
 */
export const FACETED_MATCHES = 2_000;

/**
 * A row of FACET_ROWS: a tag, a name (person or place) or a source and year pair, with its count.
 * A pair's value is its source, which a clip may lack (null).
 */
type FacetRow = FacetCount & { kind: 'tag' | 'person' | 'place' | 'pair'; year: string | null };

/**
 * Every facet's counts over `matched`, as rows told apart by their `kind`; ordered by kind, count
 * and value, each kind's rows come in the order its own query gives them.
 */
const FACET_ROWS = sqlFragment`(SELECT 'tag' AS kind, t.name AS value, CAST(NULL AS text) AS year, count(*) AS count
      FROM matched m JOIN clip_tags ct ON ct.clip_id = m.id JOIN tags t ON t.id = ct.tag_id
     GROUP BY t.id, t.name ORDER BY count DESC, value LIMIT ${FACET_LIMIT})
  UNION ALL (SELECT kind, value, CAST(NULL AS text), count FROM (${NAME_FACETS}) AS names)
  UNION ALL (SELECT 'pair', c.source, substr(c.date, 1, 4), count(*) FROM matched m JOIN clips c ON c.id = m.id GROUP BY 2, 3)`;

function facetsOf(rows: readonly FacetRow[]): SearchFacets {
  const of = (kind: FacetRow['kind']) => rows.filter((r) => r.kind === kind);
  return facetsFrom({
    tags: of('tag').map(({ value, count }) => ({ value, count })),
    ...namesByKind(rows),
    pairs: of('pair').map(({ value, year, count }) => ({ source: value as string | null, year, count })),
  });
}
