import type { LibraryDatabase } from '../db/library-database.js';
import type { Dialect } from '../db/library-database.js';
import { jsonObjectsArray } from '../db/dialect.js';
import { sql, sqlFragment, sqlRaw, type SqlFragment } from '../db/sql.js';
import type { Highlight, HighlightColor } from '../../shared/models/organise.js';
import { ApiError } from '../../shared/api/errors.js';

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
