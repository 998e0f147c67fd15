import type { LibraryDatabase } from '../db/library-database.js';
import { pluckAll } from '../db/library-database.js';
import { caselessEquals } from '../db/dialect.js';
import { sql, sqlFragment, sqlJoin, sqlRaw, type SqlFragment } from '../db/sql.js';
import type { Collection, CollectionPlace } from '../../shared/models/organise.js';
import { ApiError } from '../../shared/api/errors.js';

/**
 * Collections and the clips they hold, one code path for both engines. A name is unique among
 * its siblings with ASCII case ignored on both (SQLite's NOCASE index, PostgreSQL's on
 * lower(name)); it is checked before writing, so both refuse a taken name with the same words.
 * The order of collections and of a collection's clips is in collection-order.ts.
 */

/** A collection's own fields, without its counts. When you add a column, also update COLUMNS. */
export type CollectionFields = Omit<Collection, 'count' | 'total'>;

const COLUMNS = sqlRaw(`id, parent_id AS "parentId", name, position, description, query`);

export const noSuchCollection = (id: number) => new ApiError('not_found', `There is no collection ${id}.`);

export async function getCollection(db: LibraryDatabase, id: number): Promise<CollectionFields> {
  const row = await db.get<CollectionFields>(sql`SELECT ${COLUMNS} FROM collections WHERE id = ${id}`);
  if (!row) throw noSuchCollection(id);
  return row;
}

/** The collections directly under `parentId` (the top level when null). */
export function underParent(parentId: number | null): SqlFragment {
  return parentId === null ? sqlFragment`parent_id IS NULL` : sqlFragment`parent_id = ${parentId}`;
}

/** The sibling under `parentId` called `name` (case ignored), other than `except`; null when the name is free there. */
export async function siblingNamed(
  db: LibraryDatabase,
  parentId: number | null,
  name: string,
  except: number | null = null,
): Promise<number | null> {
  const where = [underParent(parentId), caselessEquals(db.dialect, sqlRaw('name'), name)];
  if (except !== null) where.push(sqlFragment`id <> ${except}`);
  const row = await db.get<{ id: number }>(sql`SELECT id FROM collections WHERE ${sqlJoin(where, ' AND ')}`);
  return row?.id ?? null;
}

/**
 * Picks a collection by name, or by path ("Briefs/Ukraine") when names repeat under different
 * parents. A bare name that matches several collections is refused with the paths to choose from.
 */
export function pickCollection<C extends { id: number; parentId: number | null; name: string }>(all: readonly C[], nameOrPath: string): C {
  const byId = new Map(all.map((c) => [c.id, c]));
  const pathOf = (c: C): string => {
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

/** Every collection's own fields, the whole tree, in the order they were made. */
export function listCollectionFields(db: LibraryDatabase): Promise<CollectionFields[]> {
  return db.all<CollectionFields>(sql`SELECT ${COLUMNS} FROM collections ORDER BY id`);
}

export async function findCollectionByName(db: LibraryDatabase, nameOrPath: string): Promise<CollectionFields> {
  return pickCollection(await listCollectionFields(db), nameOrPath);
}

function requireName(name: string): string {
  const clean = name.trim();
  if (!clean) throw new ApiError('bad_input', 'A collection needs a name.');
  return clean;
}

async function nextPosition(db: LibraryDatabase, parentId: number | null): Promise<number> {
  const row = await db.get<{ max: number | null }>(sql`SELECT max(position) AS max FROM collections WHERE ${underParent(parentId)}`);
  return (row?.max ?? 0) + 1;
}

export async function createCollection(
  db: LibraryDatabase,
  input: { name: string; parentId: number | null; description: string; query: string | null },
  now: string,
): Promise<number> {
  const name = requireName(input.name);
  if (input.parentId !== null) await getCollection(db, input.parentId);
  if ((await siblingNamed(db, input.parentId, name)) !== null)
    throw new ApiError('conflict', `There is already a collection called ${name} here. Choose another name.`);
  const position = await nextPosition(db, input.parentId);
  const row = await db.get<{ id: number }>(
    sql`INSERT INTO collections (parent_id, name, position, description, query, created_at)
        VALUES (${input.parentId}, ${name}, ${position}, ${input.description}, ${input.query}, ${now}) RETURNING id`,
  );
  return row!.id;
}

export async function updateCollection(
  db: LibraryDatabase,
  id: number,
  fields: { name?: string | undefined; description?: string | undefined; query?: string | null | undefined },
): Promise<void> {
  const collection = await getCollection(db, id);
  const sets: SqlFragment[] = [];
  if (fields.name !== undefined) {
    const name = requireName(fields.name);
    if ((await siblingNamed(db, collection.parentId, name, id)) !== null)
      throw new ApiError('conflict', `There is already a collection called ${name} here.`);
    sets.push(sqlFragment`name = ${name}`);
  }
  if (fields.description !== undefined) sets.push(sqlFragment`description = ${fields.description}`);
  if (fields.query !== undefined) sets.push(sqlFragment`query = ${fields.query}`);
  if (sets.length) await db.run(sql`UPDATE collections SET ${sqlJoin(sets, ', ')} WHERE id = ${id}`);
}

/** Live clip ids in the collection's manual order: the order a dossier prints. */
export function collectionClipIds(db: LibraryDatabase, id: number): Promise<number[]> {
  return pluckAll<number>(
    db,
    sql`SELECT cc.clip_id FROM collection_clips cc JOIN clips c ON c.id = cc.clip_id
        WHERE cc.collection_id = ${id} AND c.deleted_at IS NULL ORDER BY cc.position`,
  );
}

/** A regular collection, to put clips or comparisons in; a smart one holds only what its search finds. */
export async function manualCollection(db: LibraryDatabase, id: number, refusal: (name: string) => string): Promise<CollectionFields> {
  const collection = await getCollection(db, id);
  if (collection.query !== null) throw new ApiError('bad_input', refusal(collection.name));
  return collection;
}

/** Puts a clip at a position unless the collection holds it already; a missing clip is skipped. Whether it went in. */
async function placeClip(db: LibraryDatabase, id: number, clipId: number, position: number): Promise<boolean> {
  const { changes } = await db.run(
    sql`INSERT INTO collection_clips (collection_id, clip_id, position)
        SELECT ${id}, c.id, ${position} FROM clips c WHERE c.id = ${clipId} ON CONFLICT DO NOTHING`,
  );
  return changes > 0;
}

export async function addClipsToCollection(db: LibraryDatabase, id: number, clipIds: readonly number[]): Promise<number[]> {
  await manualCollection(
    db,
    id,
    (name) => `${name} is a smart collection: its clips come from its search. Add clips to a regular collection.`,
  );
  const last = await db.get<{ max: number | null }>(sql`SELECT max(position) AS max FROM collection_clips WHERE collection_id = ${id}`);
  let position = last?.max ?? 0;
  const added: number[] = [];
  for (const clipId of clipIds) if (await placeClip(db, id, clipId, ++position)) added.push(clipId);
  return added;
}

/** Returns where each removed clip stood, so putting them back restores the order. */
export async function removeClipsFromCollection(db: LibraryDatabase, id: number, clipIds: readonly number[]): Promise<CollectionPlace[]> {
  await getCollection(db, id);
  const places: CollectionPlace[] = [];
  for (const clipId of clipIds) {
    places.push(
      ...(await db.all<CollectionPlace>(
        sql`DELETE FROM collection_clips WHERE collection_id = ${id} AND clip_id = ${clipId} RETURNING clip_id AS "clipId", position`,
      )),
    );
  }
  return places;
}

/** Puts clips back at their old positions; clips since deleted for good are skipped. */
export async function restoreClipsToCollection(db: LibraryDatabase, id: number, places: readonly CollectionPlace[]): Promise<number[]> {
  await manualCollection(db, id, (name) => `${name} is a smart collection: its clips come from its search.`);
  const restored: number[] = [];
  for (const p of places) if (await placeClip(db, id, p.clipId, p.position)) restored.push(p.clipId);
  return restored;
}

/**
 * The manual collection at a path of names ("Work" › "Reports"), each level found by name under
 * its parent or created: another tool's notebooks land in the collections of the same names.
 */
export async function ensureCollectionPath(db: LibraryDatabase, names: readonly string[], now: string): Promise<number | null> {
  let parentId: number | null = null;
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    const existing: { id: number } | undefined = await db.get<{ id: number }>(
      sql`SELECT id FROM collections WHERE ${underParent(parentId)} AND ${caselessEquals(db.dialect, sqlRaw('name'), name)} AND query IS NULL`,
    );
    parentId = existing ? existing.id : await createCollection(db, { name, parentId, description: '', query: null }, now);
  }
  return parentId;
}
