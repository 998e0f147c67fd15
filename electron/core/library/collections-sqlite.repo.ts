/**
 * Collections read synchronously over a SQLite connection, for the callers not yet on the
 * asynchronous layer: dossiers and the library export. Every contract method on collections goes
 * through collections.repo.ts and its neighbours instead, over either engine.
 */
import type { Db } from '../db/open-library.js';
import { all, pluck, sql } from '../db/sql.js';
import { pickCollection, type CollectionFields } from './collections.repo.js';
import { SMART_PAGE } from './collection-members.js';
import { searchClips } from './search-fts.js';

export function findCollectionByName(db: Db, nameOrPath: string): CollectionFields {
  const collections = all<CollectionFields>(
    db,
    sql`SELECT id, parent_id AS "parentId", name, position, description, query FROM collections ORDER BY id`,
  );
  return pickCollection(collections, nameOrPath);
}

/** A collection's clips in print order: a manual one's hand-set order of live clips, a smart one's search by date. */
export function collectionMembers(db: Db, collection: { id: number; query: string | null }): number[] {
  if (collection.query !== null) return searchClips(db, collection.query, SMART_PAGE).hits.map((h) => h.id);
  return pluck<number>(
    db,
    sql`SELECT cc.clip_id FROM collection_clips cc JOIN clips c ON c.id = cc.clip_id
        WHERE cc.collection_id = ${collection.id} AND c.deleted_at IS NULL ORDER BY cc.position`,
  );
}

export function clipCollectionIds(db: Db, clipId: number): number[] {
  return pluck<number>(db, sql`SELECT collection_id FROM collection_clips WHERE clip_id = ${clipId} ORDER BY collection_id`);
}
