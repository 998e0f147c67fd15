import type { LibraryDatabase } from '../db/library-database.js';
import { caselessEquals, caselessKey, caselessLike } from '../db/dialect.js';
import { sql, sqlFragment, sqlJoin, sqlRaw } from '../db/sql.js';
import type { EntityCount, EntityKind, QuoteEntry, TimelineBucket } from '../../shared/models/organise.js';
import { escapeLike } from './search-filters.js';

/** The library's indexes, one code path for both engines; names match with ASCII case ignored on both. */

/** People, places or organisations with how many live clips name them. */
export function listEntities(db: LibraryDatabase, kind: EntityKind, filter: string, limit: number): Promise<EntityCount[]> {
  const name = sqlRaw('e.name');
  return db.all<EntityCount>(
    sql`SELECT e.name, count(*) AS count FROM entities e
        JOIN clip_entities ce ON ce.entity_id = e.id JOIN clips c ON c.id = ce.clip_id
        WHERE e.kind = ${kind} AND c.deleted_at IS NULL AND ${caselessLike(db.dialect, name, `%${escapeLike(filter)}%`)}
        GROUP BY e.id, e.name ORDER BY count DESC, ${caselessKey(db.dialect, name)}, e.id LIMIT ${limit}`,
  );
}

/** Who said what: quotes across the library, filtered by speaker and by words in the quote. */
export async function listQuotes(
  db: LibraryDatabase,
  opts: { speaker: string | null; text: string; limit: number; offset: number },
): Promise<{ items: QuoteEntry[]; total: number }> {
  const where = [sqlFragment`c.deleted_at IS NULL`, caselessLike(db.dialect, sqlRaw('q.text'), `%${escapeLike(opts.text)}%`)];
  if (opts.speaker !== null) {
    const speaker = sqlRaw('q.speaker');
    where.push(
      sqlFragment`(${caselessEquals(db.dialect, speaker, opts.speaker)} OR ${caselessLike(db.dialect, speaker, `% ${escapeLike(opts.speaker)}`)})`,
    );
  }
  const from = sqlFragment`FROM quotes q JOIN clips c ON c.id = q.clip_id WHERE ${sqlJoin(where, ' AND ')}`;
  const [items, count] = await Promise.all([
    db.all<QuoteEntry>(
      sql`SELECT q.clip_id AS "clipId", c.title AS "clipTitle", c.date, c.source, q.speaker, q.text ${from}
          ORDER BY c.date IS NULL, c.date DESC, q.clip_id DESC, q.position LIMIT ${opts.limit} OFFSET ${opts.offset}`,
    ),
    db.get<{ total: number }>(sql`SELECT count(*) AS total ${from}`),
  ]);
  return { items, total: count!.total };
}

export function listSpeakers(db: LibraryDatabase, limit: number): Promise<EntityCount[]> {
  return db.all<EntityCount>(
    sql`SELECT q.speaker AS name, count(*) AS count FROM quotes q JOIN clips c ON c.id = q.clip_id
        WHERE q.speaker IS NOT NULL AND c.deleted_at IS NULL GROUP BY q.speaker ORDER BY count DESC, name LIMIT ${limit}`,
  );
}

/** Clips per month of publication, for the timeline. */
export function timeline(db: LibraryDatabase): Promise<TimelineBucket[]> {
  return db.all<TimelineBucket>(
    sql`SELECT substr(date, 1, 7) AS month, count(*) AS count FROM clips
        WHERE deleted_at IS NULL AND date IS NOT NULL GROUP BY substr(date, 1, 7) ORDER BY month`,
  );
}
