import type { Dialect, LibraryDatabase } from '../db/library-database.js';
import { sql, sqlFragment, type SqlFragment } from '../db/sql.js';

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
  const row = await db.get<{ total: number }>(sql`SELECT ${countUpToColumn(db.dialect, from, upTo)} AS total`);
  return counted(db.dialect, row!.total, upTo);
}

/**
 * The same count as a column of a query's rows, worked out once for all of them: a page of rows
 * and its count in one round trip. A page with no rows brings no count: none when it is the
 * first, else countUpTo gives it.
 */
export function countUpToColumn(dialect: Dialect, from: SqlFragment, upTo: number): SqlFragment {
  return dialect === 'sqlite'
    ? sqlFragment`(SELECT count(*) ${from})`
    : sqlFragment`(SELECT count(*) FROM (SELECT 1 ${from} LIMIT ${upTo + 1}) AS counted)`;
}

/** A count read from countUpToColumn, as countUpTo gives it. */
export function counted(dialect: Dialect, total: number, upTo: number): Counted {
  return dialect === 'postgres' && total > upTo ? { total: upTo, totalCapped: true } : { total };
}

/** A row without the count countUpToColumn put on it. */
export function withoutTotal<Row extends { total: number }>({ total: _total, ...row }: Row): Omit<Row, 'total'> {
  return row;
}
