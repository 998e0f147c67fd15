import type { LibraryDatabase } from '../db/library-database.js';
import type { Dialect } from '../db/library-database.js';
import { caselessLike, jsonObjectsArray } from '../db/dialect.js';
import { sql, sqlFragment, sqlJoin, sqlRaw, type SqlFragment } from '../db/sql.js';
import type { Highlight, HighlightColor, HighlightEntry, HighlightPage } from '../../shared/models/organise.js';
import { ApiError } from '../../shared/api/errors.js';
import { COUNTED_AHEAD, counted, countUpTo, countUpToColumn, withoutTotal } from './counted.js';
import { escapeLike } from './search-filters.js';

/** Highlights, one code path for both engines: each field of a Highlight and its column; `end` is quoted, a reserved word in PostgreSQL. */
const FIELDS: Record<keyof Highlight, string> = {
  id: 'id',
  clipId: 'clip_id',
  exact: 'exact',
  prefix: 'prefix',
  suffix: 'suffix',
  start: 'start',
  end: '"end"',
  color: 'color',
  note: 'note',
  createdAt: 'created_at',
  author: 'author',
};
const COLUMNS = sqlRaw(
  Object.entries(FIELDS)
    .map(([field, column]) => `${column} AS "${field}"`)
    .join(', '),
);

/** A clip's highlights in their order, as a JSON array (text), for a query that reads the clip `clip` (an SQL expression) whole. */
export function highlightsJson(dialect: Dialect, clip: string): SqlFragment {
  const fields = Object.fromEntries(Object.entries(FIELDS).map(([field, column]) => [field, `h.${column}`]));
  return sqlFragment`(SELECT ${jsonObjectsArray(dialect, fields, 'h.start, h.id')} FROM highlights h WHERE h.clip_id = ${sqlRaw(clip)})`;
}

export type NewHighlight = Omit<Highlight, 'id' | 'createdAt' | 'author'>;

export function listHighlights(db: LibraryDatabase, clipId: number): Promise<Highlight[]> {
  return db.all<Highlight>(sql`SELECT ${COLUMNS} FROM highlights WHERE clip_id = ${clipId} ORDER BY start, id`);
}

export interface HighlightFilter {
  /** Words in the passage or its note, ASCII case ignored. */
  text: string;
  color: HighlightColor | null;
  withNotes: boolean;
  limit: number;
  offset: number;
}

/** Every highlight in the live clips, newest first, with its clip's headline, and their count, in one query. */
export async function listAllHighlights(db: LibraryDatabase, filter: HighlightFilter): Promise<HighlightPage> {
  const where = [sqlFragment`c.deleted_at IS NULL`];
  const words = filter.text.trim();
  if (words) {
    const pattern = `%${escapeLike(words)}%`;
    where.push(
      sqlFragment`(${caselessLike(db.dialect, sqlRaw('h.exact'), pattern)} OR ${caselessLike(db.dialect, sqlRaw('h.note'), pattern)})`,
    );
  }
  if (filter.color !== null) where.push(sqlFragment`h.color = ${filter.color}`);
  if (filter.withNotes) where.push(sqlFragment`h.note <> ''`);
  const from = sqlFragment`FROM highlights h JOIN clips c ON c.id = h.clip_id WHERE ${sqlJoin(where, ' AND ')}`;
  const upTo = filter.offset + filter.limit + COUNTED_AHEAD;
  const rows = await db.all<HighlightEntry & { total: number }>(
    sql`SELECT h.id, h.clip_id AS "clipId", h.exact, h.color, h.note, h.created_at AS "createdAt", h.author,
               c.title AS "clipTitle", c.language, ${countUpToColumn(db.dialect, from, upTo)} AS total
        ${from} ORDER BY h.created_at DESC, h.id DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  // An empty first page needs no count: nothing matches.
  const total = rows.length
    ? counted(db.dialect, rows[0]!.total, upTo)
    : filter.offset === 0
      ? { total: 0 }
      : await countUpTo(db, from, upTo);
  return { items: rows.map(withoutTotal), ...total };
}

const getHighlight = (db: LibraryDatabase, id: number) => db.get<Highlight>(sql`SELECT ${COLUMNS} FROM highlights WHERE id = ${id}`);

/** `author` is the team member who makes it; null in a personal library. */
export async function addHighlight(db: LibraryDatabase, h: NewHighlight, now: string, author: string | null = null): Promise<Highlight> {
  const row = await db.get<{ id: number }>(
    sql`INSERT INTO highlights (clip_id, exact, prefix, suffix, start, "end", color, note, created_at, author)
        VALUES (${h.clipId}, ${h.exact}, ${h.prefix}, ${h.suffix}, ${h.start}, ${h.end}, ${h.color}, ${h.note}, ${now}, ${author}) RETURNING id`,
  );
  return (await getHighlight(db, row!.id))!;
}

export async function updateHighlight(
  db: LibraryDatabase,
  id: number,
  fields: { color?: HighlightColor; note?: string },
): Promise<Highlight> {
  const { changes } = await db.run(
    sql`UPDATE highlights SET color = coalesce(${fields.color ?? null}, color), note = coalesce(${fields.note ?? null}, note) WHERE id = ${id}`,
  );
  if (!changes) throw new ApiError('not_found', `There is no highlight ${id}.`);
  return (await getHighlight(db, id))!;
}

/** Deletes and returns the highlight, so the UI can put it back on undo. */
export async function deleteHighlight(db: LibraryDatabase, id: number): Promise<Highlight> {
  const h = await getHighlight(db, id);
  if (!h) throw new ApiError('not_found', `There is no highlight ${id}.`);
  await db.run(sql`DELETE FROM highlights WHERE id = ${id}`);
  return h;
}
