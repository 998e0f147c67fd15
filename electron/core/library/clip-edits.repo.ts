import type { Db } from '../db/open-library.js';
import type { ClipEdit, EditChannel, FieldChange } from '../../shared/models/clip-edit.js';

interface EditRow {
  id: number;
  clip_id: number;
  at: string;
  user: string;
  via: EditChannel;
  changes: string;
}

export function recordEdit(db: Db, clipId: number, edit: { at: string; user: string; via: EditChannel; changes: FieldChange[] }): void {
  db.prepare('INSERT INTO clip_edits (clip_id, at, user, via, changes) VALUES (?, ?, ?, ?, ?)').run(
    clipId,
    edit.at,
    edit.user,
    edit.via,
    JSON.stringify(edit.changes),
  );
}

/** A clip's corrections, newest first. */
export function listEdits(db: Db, clipId: number): ClipEdit[] {
  const rows = db.prepare('SELECT * FROM clip_edits WHERE clip_id = ? ORDER BY id DESC').all(clipId) as EditRow[];
  return rows.map((r) => ({
    id: r.id,
    clipId: r.clip_id,
    at: r.at,
    user: r.user,
    via: r.via,
    changes: JSON.parse(r.changes) as FieldChange[],
  }));
}
