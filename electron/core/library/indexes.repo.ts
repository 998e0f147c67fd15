import { pluckAll, type LibraryDatabase } from '../db/library-database.js';
import { caselessLike, valueList } from '../db/dialect.js';
import { groupByName, nameKey, spellingsOf } from '../../shared/text/name-key.js';
import { sql, sqlFragment, sqlJoin, sqlRaw } from '../db/sql.js';
import type { EntityCount, EntityKind, QuoteEntry, TimelineBucket } from '../../shared/models/organise.js';
import { escapeLike } from './search-filters.js';
import { distinctNames } from './name-spellings.js';
import { compareNames } from '../../shared/text/compare-names.js';

/** The library's indexes, one code path for both engines; names are grouped and matched by their shared key. */

/**
 * Counts by spelling, grouped by the shared name key (accents, case and spacing aside), each group
 * under its commonest spelling, most counted first; the key is one JavaScript rule for both engines.
 */
function groupCounts(rows: readonly EntityCount[], filter: string, limit: number): EntityCount[] {
  const wanted = nameKey(filter);
  return groupByName(
    rows.filter((r) => nameKey(r.name).includes(wanted)),
    (r) => r.name,
    (r) => r.count,
  )
    .map((g) => ({ name: g.name, count: g.items.reduce((n, r) => n + r.count, 0) }))
    .sort((a, b) => b.count - a.count || compareNames(a.name, b.name))
    .slice(0, limit);
}

/** People, places or organisations with how many live clips name them. */
export async function listEntities(db: LibraryDatabase, kind: EntityKind, filter: string, limit: number): Promise<EntityCount[]> {
  const rows = await db.all<EntityCount>(
    sql`SELECT e.name, count(*) AS count FROM entities e
        JOIN clip_entities ce ON ce.entity_id = e.id JOIN clips c ON c.id = ce.clip_id
        WHERE e.kind = ${kind} AND c.deleted_at IS NULL
        GROUP BY e.id, e.name`,
  );
  return groupCounts(rows, filter, limit);
}

/** Who said what: quotes across the library, filtered by speaker and by words in the quote. */
export async function listQuotes(
  db: LibraryDatabase,
  opts: { speaker: string | null; text: string; limit: number; offset: number },
): Promise<{ items: QuoteEntry[]; total: number }> {
  const where = [sqlFragment`c.deleted_at IS NULL`, caselessLike(db.dialect, sqlRaw('q.text'), `%${escapeLike(opts.text)}%`)];
  if (opts.speaker !== null) {
    // Every spelling of the speaker, by full name or surname: `Ines Arroyo` finds `Inés Arroyo`.
    const spellings = spellingsOf(await pluckAll<string>(db, distinctNames('said')), opts.speaker);
    where.push(spellings.length ? sqlFragment`q.speaker IN (${valueList(spellings)})` : sqlFragment`1 = 0`);
  }
  const from = sqlFragment`FROM quotes q JOIN clips c ON c.id = q.clip_id WHERE ${sqlJoin(where, ' AND ')}`;
  const [items, count] = await Promise.all([
    db.all<QuoteEntry>(
      sql`SELECT q.clip_id AS "clipId", c.title AS "clipTitle", c.language, c.date, c.source, q.speaker, q.text ${from}
          ORDER BY c.date IS NULL, c.date DESC, q.clip_id DESC, q.position LIMIT ${opts.limit} OFFSET ${opts.offset}`,
    ),
    db.get<{ total: number }>(sql`SELECT count(*) AS total ${from}`),
  ]);
  return { items, total: count!.total };
}

export async function listSpeakers(db: LibraryDatabase, limit: number): Promise<EntityCount[]> {
  const rows = await db.all<EntityCount>(
    sql`SELECT q.speaker AS name, count(*) AS count FROM quotes q JOIN clips c ON c.id = q.clip_id
        WHERE q.speaker IS NOT NULL AND c.deleted_at IS NULL GROUP BY q.speaker`,
  );
  return groupCounts(rows, '', limit);
}

/** Clips per month of publication, for the timeline. */
export function timeline(db: LibraryDatabase): Promise<TimelineBucket[]> {
  return db.all<TimelineBucket>(
    sql`SELECT substr(date, 1, 7) AS month, count(*) AS count FROM clips
        WHERE deleted_at IS NULL AND date IS NOT NULL GROUP BY substr(date, 1, 7) ORDER BY month`,
  );
}
