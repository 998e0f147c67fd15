import type { Db } from '../db/open-library.js';
import { all, get, sql, sqlFragment, sqlJoin } from '../db/sql.js';
import type { EntityCount, EntityKind, QuoteEntry, TimelineBucket } from '../../shared/models/organise.js';
import { escapeLike } from './search-filters.js';

/** People, places or organisations with how many live clips name them. */
export function listEntities(db: Db, kind: EntityKind, filter: string, limit: number): EntityCount[] {
  return db
    .prepare(
      `SELECT e.name, count(*) AS count FROM entities e
       JOIN clip_entities ce ON ce.entity_id = e.id JOIN clips c ON c.id = ce.clip_id
       WHERE e.kind = ? AND c.deleted_at IS NULL AND e.name LIKE ? ESCAPE '\\'
       GROUP BY e.id ORDER BY count DESC, e.name COLLATE NOCASE LIMIT ?`,
    )
    .all(kind, `%${escapeLike(filter)}%`, limit) as EntityCount[];
}

/** Who said what: quotes across the library, filtered by speaker and by words in the quote. */
export function listQuotes(
  db: Db,
  opts: { speaker: string | null; text: string; limit: number; offset: number },
): { items: QuoteEntry[]; total: number } {
  const where = [sqlFragment`c.deleted_at IS NULL`, sqlFragment`q.text LIKE ${`%${escapeLike(opts.text)}%`} ESCAPE '\\'`];
  if (opts.speaker !== null) {
    where.push(sqlFragment`(q.speaker = ${opts.speaker} COLLATE NOCASE OR q.speaker LIKE '% ' || ${escapeLike(opts.speaker)} ESCAPE '\\')`);
  }
  const from = sqlFragment`FROM quotes q JOIN clips c ON c.id = q.clip_id WHERE ${sqlJoin(where, ' AND ')}`;
  const items = all<QuoteEntry>(
    db,
    sql`SELECT q.clip_id AS clipId, c.title AS clipTitle, c.date, c.source, q.speaker, q.text ${from}
       ORDER BY c.date IS NULL, c.date DESC, q.clip_id DESC, q.position LIMIT ${opts.limit} OFFSET ${opts.offset}`,
  );
  const { total } = get<{ total: number }>(db, sql`SELECT count(*) AS total ${from}`)!;
  return { items, total };
}

export function listSpeakers(db: Db, limit: number): EntityCount[] {
  return db
    .prepare(
      `SELECT q.speaker AS name, count(*) AS count FROM quotes q JOIN clips c ON c.id = q.clip_id
       WHERE q.speaker IS NOT NULL AND c.deleted_at IS NULL GROUP BY q.speaker ORDER BY count DESC, name LIMIT ?`,
    )
    .all(limit) as EntityCount[];
}

/** Clips per month of publication, for the timeline. */
export function timeline(db: Db): TimelineBucket[] {
  return db
    .prepare(
      `SELECT substr(date, 1, 7) AS month, count(*) AS count FROM clips
       WHERE deleted_at IS NULL AND date IS NOT NULL GROUP BY month ORDER BY month`,
    )
    .all() as TimelineBucket[];
}
