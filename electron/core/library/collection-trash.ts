import type { LibraryDatabase } from '../db/library-database.js';
import { idNeverToBeGiven, overridingGeneratedId } from '../db/dialect.js';
import { sql, sqlFragment } from '../db/sql.js';
import type { CollectionPlace, DeletedCollection, DeletedComparison } from '../../shared/models/organise.js';
import { ApiError } from '../../shared/api/errors.js';
import { getCollection, siblingNamed } from './collections.repo.js';
import { keepPairInCollection } from './comparisons.repo.js';

type CollectionRow = Omit<DeletedCollection, 'clips' | 'comparisons'>;

/**
 * Deletes a collection with its sub-collections and returns them as they were, parents first,
 * with their clips in order: everything `restoreCollections` needs to undo the deletion.
 */
export async function deleteCollectionTree(db: LibraryDatabase, id: number): Promise<DeletedCollection[]> {
  await getCollection(db, id);
  const rows = await db.all<CollectionRow>(
    sql`WITH RECURSIVE tree(id, depth) AS (
          SELECT id, 0 FROM collections WHERE id = ${id}
          UNION ALL SELECT c.id, t.depth + 1 FROM collections c JOIN tree t ON c.parent_id = t.id)
        SELECT co.id, co.parent_id AS "parentId", co.name, co.position, co.description, co.query, co.created_at AS "createdAt"
        FROM tree JOIN collections co ON co.id = tree.id ORDER BY tree.depth, co.position, co.id`,
  );
  const removed: DeletedCollection[] = [];
  for (const row of rows) {
    const clips = await db.all<CollectionPlace>(
      sql`SELECT clip_id AS "clipId", position FROM collection_clips WHERE collection_id = ${row.id} ORDER BY position, clip_id`,
    );
    const comparisons = await db.all<DeletedComparison>(
      sql`SELECT cmp.clip_a AS a, cmp.clip_b AS b, cmp.title, cmp.created_at AS "createdAt", cc.position
          FROM collection_comparisons cc JOIN comparisons cmp ON cmp.id = cc.comparison_id
          WHERE cc.collection_id = ${row.id} ORDER BY cc.position, cc.comparison_id`,
    );
    removed.push({ ...row, clips, comparisons });
  }
  await db.run(sql`DELETE FROM collections WHERE id = ${id}`);
  return removed;
}

/** Writes a deleted collection's row back, under its old id when no collection has it and the library will never give it to another. */
async function insertCollection(db: LibraryDatabase, c: CollectionRow, parentId: number | null): Promise<number> {
  const free = (await db.get(sql`SELECT 1 AS found FROM collections WHERE id = ${c.id}`)) === undefined;
  const reuse = free && (await idNeverToBeGiven(db, 'collections', c.id));
  const fields = sqlFragment`${parentId}, ${c.name}, ${c.position}, ${c.description}, ${c.query}, ${c.createdAt}`;
  const row = await db.get<{ id: number }>(
    reuse
      ? sql`INSERT INTO collections (id, parent_id, name, position, description, query, created_at) ${overridingGeneratedId(db.dialect)}
            VALUES (${c.id}, ${fields}) RETURNING id`
      : sql`INSERT INTO collections (parent_id, name, position, description, query, created_at) VALUES (${fields}) RETURNING id`,
  );
  return row!.id;
}

/**
 * Puts deleted collections back, parents first, under their old ids where those are still free
 * (a collection made since may have taken one). Returns the id the top one has now.
 */
export async function restoreCollections(db: LibraryDatabase, removed: readonly DeletedCollection[]): Promise<number | null> {
  const newIds = new Map<number, number>();
  for (const c of removed) {
    const parentId = c.parentId === null ? null : (newIds.get(c.parentId) ?? c.parentId);
    if (parentId !== null && (await db.get(sql`SELECT 1 AS found FROM collections WHERE id = ${parentId}`)) === undefined) {
      throw new ApiError('not_found', `The collection that held “${c.name}” is gone, so it cannot be put back. Create it again instead.`);
    }
    if ((await siblingNamed(db, parentId, c.name)) !== null) {
      throw new ApiError(
        'conflict',
        `A collection called “${c.name}” has been made there since, so the old one cannot be put back. Rename the new one and undo again.`,
      );
    }
    const id = await insertCollection(db, c, parentId);
    newIds.set(c.id, id);
    for (const clip of c.clips) {
      await db.run(
        sql`INSERT INTO collection_clips (collection_id, clip_id, position)
            SELECT ${id}, c.id, ${clip.position} FROM clips c WHERE c.id = ${clip.clipId} ON CONFLICT DO NOTHING`,
      );
    }
    for (const comparison of c.comparisons) await keepPairInCollection(db, id, comparison);
  }
  const first = removed[0];
  return first ? (newIds.get(first.id) ?? null) : null;
}
