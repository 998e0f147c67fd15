import type { Db } from '../db/open-library.js';
import type { Highlight, HighlightColor } from '../../shared/models/organise.js';
import { ApiError } from '../../shared/api/errors.js';

const COLUMNS = `id, clip_id AS clipId, exact, prefix, suffix, start, end, color, note, created_at AS createdAt`;

export function listHighlights(db: Db, clipId: number): Highlight[] {
  return db.prepare(`SELECT ${COLUMNS} FROM highlights WHERE clip_id = ? ORDER BY start, id`).all(clipId) as Highlight[];
}

export function addHighlight(
  db: Db,
  h: { clipId: number; exact: string; prefix: string; suffix: string; start: number; end: number; color: HighlightColor; note: string },
  now: string,
): Highlight {
  const info = db
    .prepare(
      'INSERT INTO highlights (clip_id, exact, prefix, suffix, start, end, color, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(h.clipId, h.exact, h.prefix, h.suffix, h.start, h.end, h.color, h.note, now);
  return db.prepare(`SELECT ${COLUMNS} FROM highlights WHERE id = ?`).get(info.lastInsertRowid) as Highlight;
}

export function updateHighlight(db: Db, id: number, fields: { color?: HighlightColor; note?: string }): Highlight {
  const info = db
    .prepare('UPDATE highlights SET color = coalesce(?, color), note = coalesce(?, note) WHERE id = ?')
    .run(fields.color ?? null, fields.note ?? null, id);
  if (!info.changes) throw new ApiError('not_found', `There is no highlight ${id}.`);
  return db.prepare(`SELECT ${COLUMNS} FROM highlights WHERE id = ?`).get(id) as Highlight;
}

/** Deletes and returns the highlight, so the UI can put it back on undo. */
export function deleteHighlight(db: Db, id: number): Highlight {
  const h = db.prepare(`SELECT ${COLUMNS} FROM highlights WHERE id = ?`).get(id) as Highlight | undefined;
  if (!h) throw new ApiError('not_found', `There is no highlight ${id}.`);
  db.prepare('DELETE FROM highlights WHERE id = ?').run(id);
  return h;
}

/** Moves a highlight to where its words are in an edited text, with their new context. */
export function reanchorHighlight(db: Db, id: number, anchor: { prefix: string; suffix: string; start: number; end: number }): void {
  db.prepare('UPDATE highlights SET prefix = ?, suffix = ?, start = ?, end = ? WHERE id = ?').run(
    anchor.prefix,
    anchor.suffix,
    anchor.start,
    anchor.end,
    id,
  );
}
