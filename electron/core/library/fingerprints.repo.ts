import type { LibraryDatabase } from '../db/library-database.js';
import { leftFirstJoin } from '../db/dialect.js';
import { sql, sqlFragment, sqlJoin, type SqlFragment } from '../db/sql.js';

/** The lookups that find a saved clip a new text repeats, by its content, its address or its MinHash bands. */

type Found = { id: number; title: string | null };
type Signed = Found & { signature: Buffer };

const byContentHash = (hash: string) =>
  sqlFragment`SELECT id, title FROM clips WHERE content_hash = ${hash} AND deleted_at IS NULL ORDER BY id LIMIT 1`;

const byUrlKey = (key: string) =>
  sqlFragment`SELECT id, title, signature FROM clips WHERE url_key = ${key} AND deleted_at IS NULL ORDER BY id DESC LIMIT 1`;

function byBuckets(db: LibraryDatabase, buckets: readonly number[], limit: number): SqlFragment {
  // One equality lookup per band, then clips by primary key: never a walk over all clips.
  // SQLite's planner, left to itself, walks the live-clips index instead.
  const lookups = buckets.map((bucket, band) => sqlFragment`SELECT clip_id FROM clip_bands WHERE band = ${band} AND bucket = ${bucket}`);
  return sqlFragment`SELECT c.id, c.title, c.signature FROM (${sqlJoin(lookups, ' UNION ')}) b ${leftFirstJoin(db.dialect)} clips c ON c.id = b.clip_id
    WHERE c.deleted_at IS NULL LIMIT ${limit}`;
}

/**
 * How many of the newest clips a headline is looked for among: a story is rewritten within days,
 * and a bounded look costs the same in a library of any size.
 */
const RECENT_CLIPS = 1_000;
const HEADLINE_MATCHES = 20;

/** The newest live clips whose title holds `word`: those that may carry the same headline, slightly edited. */
function byHeadlineWord(word: string): SqlFragment {
  const pattern = `%${word.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
  return sqlFragment`SELECT r.id, r.title, r.signature FROM (
      SELECT id, title, signature FROM clips WHERE deleted_at IS NULL ORDER BY id DESC LIMIT ${RECENT_CLIPS}) r
    WHERE r.title LIKE ${pattern} ESCAPE '\\' AND r.signature IS NOT NULL LIMIT ${HEADLINE_MATCHES}`;
}

export async function findByContentHash(db: LibraryDatabase, hash: string): Promise<Found | null> {
  return (await db.get<Found>(sql`${byContentHash(hash)}`)) ?? null;
}

export interface DuplicateCandidates {
  exact: Found | null;
  sameAddress: (Found & { signature: Buffer | null }) | null;
  near: Signed[];
  /** Recent clips whose title holds the new headline's longest word, to be compared by their headlines. */
  headline: Signed[];
}

/**
 * The saved clips a new text may repeat, looked up at once in one query: by its content, by its
 * page's normalised address (the newest live clip from there, with its signature), by its MinHash
 * bands (clips sharing at least one LSH bucket, with their signatures) and by a word of its
 * headline (`headlineWord`, among the newest clips). A save asks all four before it writes, and on
 * a busy team server each query of its own would wait its turn for a connection again.
 */
export async function findDuplicateCandidates(
  db: LibraryDatabase,
  hash: string,
  key: string | null,
  buckets: readonly number[],
  headlineWord: string | null = null,
  limit = 200,
): Promise<DuplicateCandidates> {
  const parts = [sqlFragment`SELECT 'exact' AS kind, id, title, NULL AS signature FROM (${byContentHash(hash)}) AS exact`];
  if (key !== null) parts.push(sqlFragment`SELECT 'address' AS kind, id, title, signature FROM (${byUrlKey(key)}) AS address`);
  if (buckets.length) parts.push(sqlFragment`SELECT 'near' AS kind, id, title, signature FROM (${byBuckets(db, buckets, limit)}) AS near`);
  if (headlineWord)
    parts.push(sqlFragment`SELECT 'headline' AS kind, id, title, signature FROM (${byHeadlineWord(headlineWord)}) AS headline`);
  const rows = await db.all<Found & { kind: 'exact' | 'address' | 'near' | 'headline'; signature: Buffer | null }>(
    sql`${sqlJoin(parts, ' UNION ALL ')}`,
  );
  const found = (row: Found) => ({ id: row.id, title: row.title });
  const exact = rows.find((r) => r.kind === 'exact');
  const address = rows.find((r) => r.kind === 'address');
  return {
    exact: exact ? found(exact) : null,
    sameAddress: address ? { ...found(address), signature: address.signature } : null,
    near: rows.filter((r) => r.kind === 'near').map((r) => ({ ...found(r), signature: r.signature! })),
    headline: rows.filter((r) => r.kind === 'headline').map((r) => ({ ...found(r), signature: r.signature! })),
  };
}
