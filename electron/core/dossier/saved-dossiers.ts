import type { SavedDossier, SavedDossierFields } from '../../shared/models/dossier.js';
import { ApiError } from '../../shared/api/errors.js';
import type { Db } from '../db/open-library.js';

interface DossierRow {
  id: number;
  name: string;
  spec: string;
  created_at: string;
  updated_at: string;
}

/**
 * Saved export settings, so "last week's dossier with today's clips" is one click. The row's
 * `spec` column holds the spec and the source together as JSON: when the spec gains a field,
 * older rows still parse, because the contract's defaults fill it in on the next export.
 */
function fromRow(row: DossierRow): SavedDossier {
  const stored = JSON.parse(row.spec) as Omit<SavedDossierFields, 'name'>;
  return {
    id: row.id,
    name: row.name,
    spec: stored.spec,
    collection: stored.collection ?? null,
    clipIds: stored.clipIds ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listSavedDossiers(db: Db): SavedDossier[] {
  return (db.prepare('SELECT * FROM dossiers ORDER BY updated_at DESC, id DESC').all() as DossierRow[]).map(fromRow);
}

export function saveDossier(db: Db, id: number | null, fields: SavedDossierFields, now: string): SavedDossier {
  const json = JSON.stringify({ spec: fields.spec, collection: fields.collection, clipIds: fields.clipIds });
  if (id === null) {
    const info = db
      .prepare('INSERT INTO dossiers (name, spec, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(fields.name, json, now, now);
    id = Number(info.lastInsertRowid);
  } else if (!db.prepare('UPDATE dossiers SET name = ?, spec = ?, updated_at = ? WHERE id = ?').run(fields.name, json, now, id).changes) {
    throw new ApiError('not_found', `There is no saved dossier ${id}.`);
  }
  return fromRow(db.prepare('SELECT * FROM dossiers WHERE id = ?').get(id) as DossierRow);
}

/** Deletes and returns the saved dossier, so the UI can put it back on undo. */
export function deleteSavedDossier(db: Db, id: number): SavedDossier {
  const row = db.prepare('SELECT * FROM dossiers WHERE id = ?').get(id) as DossierRow | undefined;
  if (!row) throw new ApiError('not_found', `There is no saved dossier ${id}.`);
  db.prepare('DELETE FROM dossiers WHERE id = ?').run(id);
  return fromRow(row);
}
