import type { Db } from '../db/open-library.js';
import { pluckAll, type LibraryDatabase } from '../db/library-database.js';
import { sql } from '../db/sql.js';
import type { Collection, CollectionPlace } from '../../shared/models/organise.js';
import { ApiError } from '../../shared/api/errors.js';

/** Below this gap between neighbours, positions are renumbered before inserting between them. */
const MIN_GAP = 1e-6;

type CollectionRow = Omit<Collection, 'total'>;

export function getCollection(db: Db, id: number): Omit<CollectionRow, 'count'> {
  const row = db.prepare('SELECT id, parent_id AS parentId, name, position, description, query FROM collections WHERE id = ?').get(id) as
    Omit<CollectionRow, 'count'> | undefined;
  if (!row) throw new ApiError('not_found', `There is no collection ${id}.`);
  return row;
}

/**
 * Finds a collection by name, or by path ("Briefs/Ukraine") when names repeat under different
 * parents. A bare name that matches several collections is refused with the paths to choose from.
 */
export async function findCollectionByName(db: LibraryDatabase, nameOrPath: string): Promise<Omit<CollectionRow, 'count'>> {
  const all = await db.all<Omit<CollectionRow, 'count'>>(
    sql`SELECT id, parent_id AS "parentId", name, position, description, query FROM collections`,
  );
  const byId = new Map(all.map((c) => [c.id, c]));
  const pathOf = (c: Omit<CollectionRow, 'count'>): string => {
    const parts = [c.name];
    for (let p = c.parentId; p !== null; p = byId.get(p)?.parentId ?? null) parts.unshift(byId.get(p)?.name ?? '?');
    return parts.join('/');
  };
  const wanted = nameOrPath.trim().toLowerCase();
  const byPath = all.filter((c) => pathOf(c).toLowerCase() === wanted);
  const matches = byPath.length ? byPath : all.filter((c) => c.name.toLowerCase() === wanted);
  if (matches.length === 1) return matches[0]!;
  if (!matches.length)
    throw new ApiError(
      'not_found',
      `There is no collection called ${nameOrPath}. Create it first (cuttings collection create NAME, or + beside Collections).`,
    );
  throw new ApiError('conflict', `Several collections are called ${nameOrPath}: ${matches.map(pathOf).join(', ')}. Give the full path.`);
}

function nextPosition(db: Db, parentId: number | null): number {
  const { max } = db.prepare('SELECT max(position) AS max FROM collections WHERE parent_id IS ?').get(parentId) as { max: number | null };
  return (max ?? 0) + 1;
}

function isDescendant(db: Db, candidate: number, ancestor: number): boolean {
  for (let id: number | null = candidate; id !== null;) {
    if (id === ancestor) return true;
    id = (db.prepare('SELECT parent_id AS p FROM collections WHERE id = ?').get(id) as { p: number | null } | undefined)?.p ?? null;
  }
  return false;
}

export function createCollection(
  db: Db,
  input: { name: string; parentId: number | null; description: string; query: string | null },
  now: string,
): number {
  const name = input.name.trim();
  if (!name) throw new ApiError('bad_input', 'A collection needs a name.');
  if (input.parentId !== null) getCollection(db, input.parentId);
  try {
    const info = db
      .prepare('INSERT INTO collections (parent_id, name, position, description, query, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(input.parentId, name, nextPosition(db, input.parentId), input.description, input.query, now);
    return Number(info.lastInsertRowid);
  } catch (err) {
    if (String((err as Error).message).includes('UNIQUE')) {
      throw new ApiError('conflict', `There is already a collection called ${name} here. Choose another name.`);
    }
    throw err;
  }
}

export function updateCollection(db: Db, id: number, fields: { name?: string; description?: string; query?: string | null }): void {
  getCollection(db, id);
  if (fields.name !== undefined && !fields.name.trim()) throw new ApiError('bad_input', 'A collection needs a name.');
  try {
    db.prepare(
      `UPDATE collections SET name = coalesce(?, name), description = coalesce(?, description),
         query = CASE WHEN ? THEN ? ELSE query END WHERE id = ?`,
    ).run(fields.name?.trim() ?? null, fields.description ?? null, fields.query !== undefined ? 1 : 0, fields.query ?? null, id);
  } catch (err) {
    if (String((err as Error).message).includes('UNIQUE'))
      throw new ApiError('conflict', `There is already a collection called ${fields.name} here.`);
    throw err;
  }
}

/** Moves a collection under another (or to the top) at an index among its new siblings. */
export function moveCollection(db: Db, id: number, parentId: number | null, index: number): void {
  getCollection(db, id);
  if (parentId !== null) {
    getCollection(db, parentId);
    if (isDescendant(db, parentId, id))
      throw new ApiError('bad_input', 'A collection cannot be moved into itself or into one of its own sub-collections.');
  }
  const siblings = (
    db.prepare('SELECT id FROM collections WHERE parent_id IS ? AND id <> ? ORDER BY position').all(parentId, id) as { id: number }[]
  ).map((r) => r.id);
  siblings.splice(Math.max(0, Math.min(index, siblings.length)), 0, id);
  const set = db.prepare('UPDATE collections SET parent_id = ?, position = ? WHERE id = ?');
  try {
    siblings.forEach((sid, i) => set.run(parentId, i + 1, sid));
  } catch (err) {
    if (String((err as Error).message).includes('UNIQUE')) throw new ApiError('conflict', 'A collection with that name is already there.');
    throw err;
  }
}

/** Live clip ids in the collection's manual order: the order a dossier prints. */
export function collectionClipIds(db: LibraryDatabase, id: number): Promise<number[]> {
  return pluckAll<number>(
    db,
    sql`SELECT cc.clip_id FROM collection_clips cc JOIN clips c ON c.id = cc.clip_id
        WHERE cc.collection_id = ${id} AND c.deleted_at IS NULL ORDER BY cc.position`,
  );
}

export function addClipsToCollection(db: Db, id: number, clipIds: readonly number[]): number[] {
  const collection = getCollection(db, id);
  if (collection.query !== null)
    throw new ApiError(
      'bad_input',
      `${collection.name} is a smart collection: its clips come from its search. Add clips to a regular collection.`,
    );
  const { max } = db.prepare('SELECT max(position) AS max FROM collection_clips WHERE collection_id = ?').get(id) as { max: number | null };
  let position = max ?? 0;
  const insert = db.prepare(
    'INSERT OR IGNORE INTO collection_clips (collection_id, clip_id, position) SELECT ?, id, ? FROM clips WHERE id = ?',
  );
  const added: number[] = [];
  for (const clipId of clipIds) if (insert.run(id, ++position, clipId).changes) added.push(clipId);
  return added;
}

/** Returns where each removed clip stood, so putting them back restores the order. */
export function removeClipsFromCollection(db: Db, id: number, clipIds: readonly number[]): CollectionPlace[] {
  getCollection(db, id);
  const del = db.prepare('DELETE FROM collection_clips WHERE collection_id = ? AND clip_id = ? RETURNING clip_id AS clipId, position');
  return clipIds.flatMap((clipId) => del.all(id, clipId) as CollectionPlace[]);
}

/** Puts clips back at their old positions; clips since deleted for good are skipped. */
export function restoreClipsToCollection(db: Db, id: number, places: readonly CollectionPlace[]): number[] {
  const collection = getCollection(db, id);
  if (collection.query !== null)
    throw new ApiError('bad_input', `${collection.name} is a smart collection: its clips come from its search.`);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO collection_clips (collection_id, clip_id, position) SELECT ?, id, ? FROM clips WHERE id = ?',
  );
  return places.filter((p) => insert.run(id, p.position, p.clipId).changes > 0).map((p) => p.clipId);
}

/** Puts a clip at `index` in the collection's order, between its new neighbours. */
export function moveClipInCollection(db: Db, id: number, clipId: number, index: number): void {
  getCollection(db, id);
  const order = db.prepare('SELECT clip_id AS id, position FROM collection_clips WHERE collection_id = ? ORDER BY position').all(id) as {
    id: number;
    position: number;
  }[];
  const from = order.findIndex((r) => r.id === clipId);
  if (from < 0) throw new ApiError('not_found', `Clip ${clipId} is not in this collection.`);
  const rest = order.filter((r) => r.id !== clipId);
  const at = Math.max(0, Math.min(index, rest.length));
  const before = rest[at - 1]?.position ?? (rest[0] ? rest[0].position - 2 : 0);
  const after = rest[at]?.position ?? before + 2;
  if (after - before < MIN_GAP) {
    rest.splice(at, 0, { id: clipId, position: 0 });
    const set = db.prepare('UPDATE collection_clips SET position = ? WHERE collection_id = ? AND clip_id = ?');
    rest.forEach((r, i) => set.run(i + 1, id, r.id));
    return;
  }
  db.prepare('UPDATE collection_clips SET position = ? WHERE collection_id = ? AND clip_id = ?').run((before + after) / 2, id, clipId);
}

/**
 * The manual collection at a path of names ("Work" › "Reports"), each level found by name under
 * its parent or created: another tool's notebooks land in the collections of the same names.
 */
export function ensureCollectionPath(db: Db, names: readonly string[], now: string): number | null {
  const find = db.prepare('SELECT id FROM collections WHERE parent_id IS ? AND name = ? COLLATE NOCASE AND query IS NULL');
  let parentId: number | null = null;
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    const existing = find.get(parentId, name) as { id: number } | undefined;
    parentId = existing ? existing.id : createCollection(db, { name, parentId, description: '', query: null }, now);
  }
  return parentId;
}
