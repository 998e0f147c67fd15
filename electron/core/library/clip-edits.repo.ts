import type { LibraryDatabase } from '../db/library-database.js';
import { sql } from '../db/sql.js';
import type { ClipEdit, EditChannel, FieldChange } from '../../shared/models/clip-edit.js';

/** A clip's edit history, both engines; `user` is quoted, a reserved word in PostgreSQL that SQLite reads the same. */

interface EditRow {
  id: number;
  clip_id: number;
  at: string;
  user: string;
  via: EditChannel;
  changes: string;
}

export type EditRecord = { at: string; user: string; via: EditChannel; changes: FieldChange[] };

export async function recordEdit(db: LibraryDatabase, clipId: number, edit: EditRecord): Promise<void> {
  await db.run(
    sql`INSERT INTO clip_edits (clip_id, at, "user", via, changes)
        VALUES (${clipId}, ${edit.at}, ${edit.user}, ${edit.via}, ${JSON.stringify(edit.changes)})`,
  );
}

/** A clip's corrections, newest first. */
export async function listEdits(db: LibraryDatabase, clipId: number): Promise<ClipEdit[]> {
  const rows = await db.all<EditRow>(
    sql`SELECT id, clip_id, at, "user" AS "user", via, changes FROM clip_edits WHERE clip_id = ${clipId} ORDER BY id DESC`,
  );
  return rows.map((r) => ({
    id: r.id,
    clipId: r.clip_id,
    at: r.at,
    user: r.user,
    via: r.via,
    changes: JSON.parse(r.changes) as FieldChange[],
  }));
}
