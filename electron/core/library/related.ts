import type { LibraryDatabase } from '../db/library-database.js';
import { pluckAll } from '../db/library-database.js';
import { leftFirstJoin } from '../db/dialect.js';
import { sql, sqlFragment, sqlRaw, type Query, type SqlFragment } from '../db/sql.js';
import type { ClipSummary } from '../../shared/models/clip.js';
import type { RelatedClip } from '../../shared/models/comparison.js';
import { setDice, wordSet } from '../../shared/compare/word-set.js';
import { STOPWORDS } from '../../shared/compare/stopwords.js';
import { CJK_CHAR, foldCase } from '../../shared/compare/fold.js';
import { summaryColumns, withTags } from './clip-summary.js';
import { textCondition } from './search-tsquery.js';

/** Near-duplicates and versions, found through the LSH buckets (clip_bands). */
const BUCKET_CANDIDATES = 100;
/** Terms of a clip looked up in the full-text index: its named entities, title words and capitalised words. */
const MAX_TERMS = 24;
/** A term in more clips than this says little about the story and would cost a long scan. */
const MAX_TERM_HITS = 300;
/** Candidates kept from the full-text lookups, those sharing the most terms first. */
const TERM_CANDIDATES = 60;
/** Below this share of content words two clips are not worth suggesting. */
const MIN_SIMILARITY = 0.15;

interface Source {
  title: string | null;
  body: string;
}

/**
 * The clips most like one clip: near-duplicates and versions through the LSH buckets, and other
 * outlets' reports of the same story through the full-text index (clips sharing its rare names and
 * words). Only index lookups, never a scan of the library; the few candidates are then ranked by
 * the share of content words they have in common. Null when the clip does not exist. Both
 * engines; only the full-text lookup of one term differs.
 */
export async function relatedClips(db: LibraryDatabase, id: number, limit: number): Promise<RelatedClip[] | null> {
  const source = await db.get<Source>(sql`SELECT title, body FROM clips WHERE id = ${id}`);
  if (!source) return null;
  const candidates = new Set<number>();
  for (const c of await bucketCandidates(db, id)) candidates.add(c);
  for (const c of await sameStoryCandidates(db, id, source)) candidates.add(c);
  candidates.delete(id);
  if (!candidates.size) return [];

  const mine = wordSet(`${source.title ?? ''}\n${source.body}`);
  const rows = await db.all<Omit<ClipSummary, 'tags'> & { body: string; tagsJson: string }>(
    sql`SELECT ${summaryColumns(db.dialect)}, c.body AS body FROM ${candidateClips(db, [...candidates])} WHERE c.deleted_at IS NULL`,
  );
  return withTags(rows)
    .map(({ body, ...summary }) => ({ ...summary, similarity: setDice(mine, wordSet(`${summary.title ?? ''}\n${body}`)) }))
    .filter((r) => r.similarity >= MIN_SIMILARITY)
    .sort((x, y) => y.similarity - x.similarity || y.id - x.id)
    .slice(0, limit);
}

/**
 * The candidates' clip rows `c`, driven by the candidate list and the primary key, never by an
 * index over all clips (SQLite's planner would otherwise pick one of the live-clip indexes).
 */
function candidateClips(db: LibraryDatabase, ids: number[]): SqlFragment {
  const list =
    db.dialect === 'sqlite'
      ? sqlFragment`json_each(${JSON.stringify(ids)}) AS candidate`
      : sqlFragment`unnest(CAST(${ids} AS bigint[])) AS candidate(value)`;
  return sqlFragment`${list} ${leftFirstJoin(db.dialect)} clips c ON c.id = candidate.value`;
}

/**
 * Clips sharing an LSH bucket with this one: its own bucket rows (clip_bands) joined to the other
 * clips' rows by (band, bucket), the table's primary key.
 */
function bucketCandidates(db: LibraryDatabase, id: number): Promise<number[]> {
  return pluckAll<number>(
    db,
    sql`SELECT DISTINCT other.clip_id FROM clip_bands mine
        ${leftFirstJoin(db.dialect)} clip_bands other ON other.band = mine.band AND other.bucket = mine.bucket
        WHERE mine.clip_id = ${id} AND other.clip_id <> mine.clip_id LIMIT ${BUCKET_CANDIDATES}`,
  );
}

/**
 * The clips holding a term, at most one more than MAX_TERM_HITS: SQLite's FTS5 index, or its
 * trigram index for Chinese, Japanese and Korean (found as substrings, three characters or more);
 * PostgreSQL's document index, or its trigram indexes. Null for a term neither can look up.
 */
function termLookup(db: LibraryDatabase, term: string): Query | null {
  const cjk = CJK_CHAR.test(term);
  if (cjk && [...term].length < 3) return null;
  if (db.dialect === 'postgres')
    return sql`SELECT c.id FROM clips c WHERE ${textCondition({ kind: 'phrase', text: term })} LIMIT ${MAX_TERM_HITS + 1}`;
  const table = sqlRaw(cjk ? 'clips_cjk' : 'clips_fts');
  return sql`SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ${`"${term.replace(/"/g, '""')}"`} LIMIT ${MAX_TERM_HITS + 1}`;
}

/** Clips sharing the most of this clip's distinctive terms, each term looked up with a bounded query. */
async function sameStoryCandidates(db: LibraryDatabase, id: number, source: Source): Promise<number[]> {
  const shared = new Map<number, number>();
  for (const term of await distinctiveTerms(db, id, source)) {
    const lookup = termLookup(db, term);
    if (!lookup) continue;
    const hits = await pluckAll<number>(db, lookup);
    if (hits.length > MAX_TERM_HITS) continue;
    for (const hit of hits) shared.set(hit, (shared.get(hit) ?? 0) + 1);
  }
  return [...shared]
    .filter(([, count]) => count >= 2)
    .sort((x, y) => y[1] - x[1])
    .slice(0, TERM_CANDIDATES)
    .map(([hit]) => hit);
}

/** Named entities first (the clipper's best guess at what the story is about), then title words, then capitalised body words. */
async function distinctiveTerms(db: LibraryDatabase, id: number, source: Source): Promise<string[]> {
  const entities = await pluckAll<string>(
    db,
    sql`SELECT e.name FROM clip_entities ce JOIN entities e ON e.id = ce.entity_id
        WHERE ce.clip_id = ${id} ORDER BY ce.position LIMIT ${MAX_TERMS}`,
  );
  const words = (text: string, capitalisedOnly: boolean) =>
    (text.match(/\p{L}[\p{L}\p{M}'’-]{3,}/gu) ?? []).filter((w) => (!capitalisedOnly || /^\p{Lu}/u.test(w)) && !STOPWORDS.has(foldCase(w)));
  const terms = new Map<string, string>();
  for (const term of [...entities, ...words(source.title ?? '', false), ...words(source.body.slice(0, 20_000), true)]) {
    const key = foldCase(term);
    if (!terms.has(key)) terms.set(key, term);
    if (terms.size >= MAX_TERMS) break;
  }
  return [...terms.values()];
}
