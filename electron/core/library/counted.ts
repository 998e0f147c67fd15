import type { LibraryDatabase } from '../db/library-database.js';
import { sql, type SqlFragment } from '../db/sql.js';

/**
 * How far a team library counts past the rows asked for. Counting every match of a common word
 * in a million clips reads a million index entries on each request; counting this far ahead says
 * as much as a list needs ("1,050+"), and grows as the list is scrolled.
 */
export const COUNTED_AHEAD = 1_000;

/** A total, and whether counting stopped there with more rows left uncounted. */
export interface Counted {
  total: number;
  totalCapped?: true;
}

/**
 * The rows of `from` (`FROM … WHERE …`, over the clip row `c`): all of them in a SQLite file,
 * where counting is a local index walk; in a team library at most `upTo`, marked as capped when
 * there are more.
 */
export async function countUpTo(db: LibraryDatabase, from: SqlFragment, upTo: number): Promise<Counted> {
  if (db.dialect === 'sqlite') {
    const row = await db.get<{ total: number }>(sql`SELECT count(*) AS total ${from}`);
    return { total: row!.total };
  }
  const row = await db.get<{ total: number }>(sql`SELECT count(*) AS total FROM (SELECT 1 ${from} LIMIT ${upTo + 1}) AS counted`);
  return row!.total > upTo ? { total: upTo, totalCapped: true } : { total: row!.total };
}
