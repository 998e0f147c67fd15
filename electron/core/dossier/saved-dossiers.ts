import type { SavedDossier, SavedDossierFields } from '../../shared/models/dossier.js';
import { ApiError } from '../../shared/api/errors.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { sql, sqlRaw } from '../db/sql.js';

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

const DOSSIER_COLUMNS = sqlRaw('id, name, spec, created_at, updated_at');

export async function listSavedDossiers(db: LibraryDatabase): Promise<SavedDossier[]> {
  return (await db.all<DossierRow>(sql`SELECT ${DOSSIER_COLUMNS} FROM dossiers ORDER BY updated_at DESC, id DESC`)).map(fromRow);
}

export async function saveDossier(db: LibraryDatabase, id: number | null, fields: SavedDossierFields, now: string): Promise<SavedDossier> {
  const json = JSON.stringify({ spec: fields.spec, collection: fields.collection, clipIds: fields.clipIds });
  const row =
    id === null
      ? await db.get<DossierRow>(
          sql`INSERT INTO dossiers (name, spec, created_at, updated_at) VALUES (${fields.name}, ${json}, ${now}, ${now})
              RETURNING ${DOSSIER_COLUMNS}`,
        )
      : await db.get<DossierRow>(
          sql`UPDATE dossiers SET name = ${fields.name}, spec = ${json}, updated_at = ${now} WHERE id = ${id} RETURNING ${DOSSIER_COLUMNS}`,
        );
  if (!row) throw new ApiError('not_found', `There is no saved dossier ${id}.`);
  return fromRow(row);
}

/** Deletes and returns the saved dossier, so the UI can put it back on undo. */
export async function deleteSavedDossier(db: LibraryDatabase, id: number): Promise<SavedDossier> {
  const row = await db.get<DossierRow>(sql`DELETE FROM dossiers WHERE id = ${id} RETURNING ${DOSSIER_COLUMNS}`);
  if (!row) throw new ApiError('not_found', `There is no saved dossier ${id}.`);
  return fromRow(row);
}
