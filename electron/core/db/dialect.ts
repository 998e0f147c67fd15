import type { Dialect, LibraryDatabase } from './library-database.js';
import { sql, sqlFragment, sqlJoin, sqlRaw, type SqlFragment } from './sql.js';

/**
 * The few places where SQLite and PostgreSQL need different SQL for the same meaning, each named
 * once so a repository writes one query for both. Everything else (ON CONFLICT DO NOTHING,
 * count(*) FILTER, substr, coalesce, RETURNING) is written the same for both engines.
 */
export function inDialect<T>(dialect: Dialect, choices: Readonly<Record<Dialect, T>>): T {
  return choices[dialect];
}

/**
 * Text compared with ASCII letters' case ignored, as SQLite's NOCASE does. A team library's text
 * columns use the "C" collation (pg-migrations/migration.ts), under which PostgreSQL's lower()
 * folds only ASCII too: "Europe" equals "europe" on both engines and "Ä" stays "Ä".
 */
export function caselessKey(dialect: Dialect, expression: SqlFragment): SqlFragment {
  return dialect === 'sqlite' ? sqlFragment`${expression} COLLATE NOCASE` : sqlFragment`lower(${expression})`;
}

export function caselessEquals(dialect: Dialect, expression: SqlFragment, value: string): SqlFragment {
  return dialect === 'sqlite'
    ? sqlFragment`${expression} = ${value} COLLATE NOCASE`
    : sqlFragment`lower(${expression}) = lower(CAST(${value} AS text) COLLATE "C")`;
}

/** LIKE with a pattern escaped by escapeLike; ASCII case ignored, as SQLite's LIKE does. */
export function caselessLike(dialect: Dialect, expression: SqlFragment, pattern: string): SqlFragment {
  return dialect === 'sqlite'
    ? sqlFragment`${expression} LIKE ${pattern} ESCAPE '\\'`
    : sqlFragment`${expression} ILIKE ${pattern} ESCAPE '\\'`;
}

/**
 * A JSON array (as text) of one object per row, with `fields` as name → SQL expression, in
 * `order`; '[]' when there are no rows.
 */
export function jsonObjectsArray(dialect: Dialect, fields: Readonly<Record<string, string>>, order: string | SqlFragment): SqlFragment {
  const pairs = sqlRaw(
    Object.entries(fields)
      .map(([name, expression]) => `'${name}', ${expression}`)
      .join(', '),
  );
  const orderBy = typeof order === 'string' ? sqlRaw(order) : order;
  return dialect === 'sqlite'
    ? sqlFragment`coalesce(json_group_array(json_object(${pairs}) ORDER BY ${orderBy}), '[]')`
    : sqlFragment`coalesce(json_agg(json_build_object(${pairs}) ORDER BY ${orderBy})::text, '[]')`;
}

/** Values joined into one text with `separator` (GROUP_CONCAT in SQLite, string_agg in PostgreSQL). */
export function joinedText(dialect: Dialect, expression: SqlFragment, separator: string): SqlFragment {
  return dialect === 'sqlite'
    ? sqlFragment`group_concat(${expression}, ${separator})`
    : sqlFragment`string_agg(${expression}, ${separator})`;
}

/**
 * The rows an `INSERT INTO table (columns)` adds, each a value per column, in the column types
 * given: `VALUES (?, ?), …` in SQLite; in PostgreSQL one array per column, unnested, so that
 * thousands of rows are a few parameters that the server reads and plans at once, not a
 * parameter and an expression each.
 */
export function insertedRows(dialect: Dialect, columnTypes: readonly string[], rows: readonly (readonly unknown[])[]): SqlFragment {
  if (dialect === 'sqlite') {
    return sqlFragment`VALUES ${sqlJoin(
      rows.map((row) => sqlFragment`(${valueList(row)})`),
      ', ',
    )}`;
  }
  const columns = columnTypes.map((type, k) => sqlFragment`CAST(${rows.map((row) => row[k])} AS ${sqlRaw(`${type}[]`)})`);
  return sqlFragment`SELECT * FROM unnest(${sqlJoin(columns, ', ')})`;
}

/** A comma-separated list of bound values, for `IN (…)`. */
export function valueList(values: readonly unknown[]): SqlFragment {
  return sqlJoin(
    values.map((v) => sqlFragment`${v}`),
    ', ',
  );
}

/**
 * An inner join whose left side SQLite must read first: its CROSS JOIN fixes the order, which its
 * planner would otherwise get wrong; PostgreSQL plans the order itself and takes no ON after CROSS JOIN.
 */
export function leftFirstJoin(dialect: Dialect): SqlFragment {
  return sqlRaw(dialect === 'sqlite' ? 'CROSS JOIN' : 'JOIN');
}

/** What lets an INSERT write an id by hand: a team library's ids are GENERATED ALWAYS. */
export function overridingGeneratedId(dialect: Dialect): SqlFragment {
  return sqlRaw(dialect === 'postgres' ? 'OVERRIDING SYSTEM VALUE' : '');
}

/**
 * Whether a free id of `table` (one of ours) may be written by hand, as an undo does to give a
 * row back its old id, without the table giving the same id to a new row later. SQLite gives
 * one more than the largest, so any id will do; PostgreSQL's sequence gives each id once, so
 * only an id it has passed already is safe.
 */
export async function idNeverToBeGiven(db: LibraryDatabase, table: string, id: number): Promise<boolean> {
  if (db.dialect === 'sqlite') return true;
  const row = await db.get<{ passed: boolean }>(
    sql`SELECT ${id} <= coalesce(pg_sequence_last_value(CAST(pg_get_serial_sequence(${table}, 'id') AS regclass)), 0) AS passed`,
  );
  return row?.passed === true;
}
