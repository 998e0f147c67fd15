import type { Db } from '../db/open-library.js';
import type { CollectionPlace, DeletedCollection, DeletedComparison } from '../../shared/models/organise.js';
import { ApiError } from '../../shared/api/errors.js';
import { getCollection } from './collections.repo.js';

type CollectionRow = Omit<DeletedCollection, 'clips' | 'comparisons'>;

/**
 * Deletes a collection with its sub-collections and returns them as they were, parents first,
 * with their clips in order: everything `restoreCollections` needs to undo the deletion.
 */
export function deleteCollectionTree(db: Db, id: number): DeletedCollection[] {
  getCollection(db, id);
  const rows = db
    .prepare(
      `WITH RECURSIVE tree(id, depth) AS (SELECT ?, 0 UNION ALL SELECT c.id, t.depth + 1 FROM collections c JOIN tree t ON c.parent_id = t.id)
       SELECT co.id, co.parent_id AS parentId, co.name, co.position, co.description, co.query, co.created_at AS createdAt
       FROM tree JOIN collections co ON co.id = tree.id ORDER BY tree.depth, co.position`,
    )
    .all(id) as CollectionRow[];
  const clipsOf = db.prepare('SELECT clip_id AS clipId, position FROM collection_clips WHERE collection_id = ? ORDER BY position');
  const comparisonsOf = db.prepare(
    `SELECT cmp.clip_a AS a, cmp.clip_b AS b, cmp.title, cmp.created_at AS createdAt, cc.position
     FROM collection_comparisons cc JOIN comparisons cmp ON cmp.id = cc.comparison_id WHERE cc.collection_id = ? ORDER BY cc.position`,
  );
  const removed = rows.map((row) => ({
    ...row,
    clips: clipsOf.all(row.id) as CollectionPlace[],
    comparisons: comparisonsOf.all(row.id) as DeletedComparison[],
  }));
  db.prepare('DELETE FROM collections WHERE id = ?').run(id);
  return removed;
}

/**
 * Puts deleted collections back, parents first, under their old ids where those are still free
 * (a collection made since may have taken one). Returns the id the top one has now.
 */
export function restoreCollections(db: Db, removed: readonly DeletedCollection[]): number | null {
  const newIds = new Map<number, number>();
  const exists = db.prepare('SELECT 1 FROM collections WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO collections (id, parent_id, name, position, description, query, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const addClip = db.prepare(
    'INSERT OR IGNORE INTO collection_clips (collection_id, clip_id, position) SELECT ?, id, ? FROM clips WHERE id = ?',
  );
  for (const c of removed) {
    const parentId = c.parentId === null ? null : (newIds.get(c.parentId) ?? c.parentId);
    if (parentId !== null && !exists.get(parentId)) {
      throw new ApiError('not_found', `The collection that held “${c.name}” is gone, so it cannot be put back. Create it again instead.`);
    }
    try {
      const info = insert.run(exists.get(c.id) ? null : c.id, parentId, c.name, c.position, c.description, c.query, c.createdAt);
      newIds.set(c.id, Number(info.lastInsertRowid));
    } catch (err) {
      if (String((err as Error).message).includes('UNIQUE')) {
        throw new ApiError(
          'conflict',
          `A collection called “${c.name}” has been made there since, so the old one cannot be put back. Rename the new one and undo again.`,
        );
      }
      throw err;
    }
    const id = newIds.get(c.id)!;
    for (const clip of c.clips) addClip.run(id, clip.position, clip.clipId);
    for (const comparison of c.comparisons) keepComparison(db, id, comparison);
  }
  const first = removed[0];
  return first ? (newIds.get(first.id) ?? null) : null;
}

/**
 * Puts a saved comparison back in a restored collection: the pair itself went with the collection
 * unless another collection held it too. A pair with a clip deleted for good since stays gone.
 */
function keepComparison(db: Db, collectionId: number, c: DeletedComparison): void {
  // Either way round: the pair may have been kept again, B first, since.
  const find = db.prepare('SELECT id FROM comparisons WHERE (clip_a = ? AND clip_b = ?) OR (clip_a = ? AND clip_b = ?)').pluck();
  if (find.get(c.a, c.b, c.b, c.a) === undefined) {
    db.prepare(
      `INSERT INTO comparisons (clip_a, clip_b, title, created_at)
       SELECT ?, ?, ?, ? WHERE (SELECT count(*) FROM clips WHERE id IN (?, ?)) = 2`,
    ).run(c.a, c.b, c.title, c.createdAt, c.a, c.b);
  }
  const comparisonId = find.get(c.a, c.b, c.b, c.a) as number | undefined;
  if (comparisonId === undefined) return;
  db.prepare('INSERT OR IGNORE INTO collection_comparisons (collection_id, comparison_id, position) VALUES (?, ?, ?)').run(
    collectionId,
    comparisonId,
    c.position,
  );
}
