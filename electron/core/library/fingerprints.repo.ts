import type { LibraryDatabase } from '../db/library-database.js';
import { leftFirstJoin } from '../db/dialect.js';
import { sql, sqlFragment, sqlJoin } from '../db/sql.js';

/** The lookups that find a saved clip a new text repeats, by its content, its address or its MinHash bands. */

type Found = { id: number; title: string | null };

export async function findByContentHash(db: LibraryDatabase, hash: string): Promise<Found | null> {
  return (
    (await db.get<Found>(sql`SELECT id, title FROM clips WHERE content_hash = ${hash} AND deleted_at IS NULL ORDER BY id LIMIT 1`)) ?? null
  );
}

/** The newest live clip saved from this page (by its normalised address), with its signature. */
export async function findByUrlKey(db: LibraryDatabase, key: string): Promise<(Found & { signature: Buffer | null }) | null> {
  return (
    (await db.get<Found & { signature: Buffer | null }>(
      sql`SELECT id, title, signature FROM clips WHERE url_key = ${key} AND deleted_at IS NULL ORDER BY id DESC LIMIT 1`,
    )) ?? null
  );
}

/** Clips sharing at least one LSH bucket with the given buckets, with their signatures. */
export async function findBucketCandidates(
  db: LibraryDatabase,
  buckets: readonly number[],
  limit = 200,
): Promise<(Found & { signature: Buffer })[]> {
  if (buckets.length === 0) return [];
  // One equality lookup per band, then clips by primary key: never a walk over all clips.
  // SQLite's planner, left to itself, walks the live-clips index instead.
  const lookups = buckets.map((bucket, band) => sqlFragment`SELECT clip_id FROM clip_bands WHERE band = ${band} AND bucket = ${bucket}`);
  return db.all(
    sql`SELECT c.id, c.title, c.signature FROM (${sqlJoin(lookups, ' UNION ')}) b ${leftFirstJoin(db.dialect)} clips c ON c.id = b.clip_id
       WHERE c.deleted_at IS NULL LIMIT ${limit}`,
  );
}
