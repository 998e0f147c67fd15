import type { LibraryDatabase } from '../db/library-database.js';
import { pluckAll } from '../db/library-database.js';
import { sql } from '../db/sql.js';
import { ApiError } from '../../shared/api/errors.js';
import { getCollection, siblingNamed, underParent } from './collections.repo.js';

/**
 * Reordering, one function per order a person drags: collections among their siblings, and clips
 * within a collection. Each reads the order it changes and writes it in the caller's transaction,
 * after the caller has claimed the collection (row-versions.ts), so nobody reordered since.
 */

/** Below this gap between neighbours, positions are renumbered before inserting between them. */
const MIN_GAP = 1e-6;

async function isDescendant(db: LibraryDatabase, candidate: number, ancestor: number): Promise<boolean> {
  for (let id: number | null = candidate; id !== null;) {
    if (id === ancestor) return true;
    const row: { p: number | null } | undefined = await db.get<{ p: number | null }>(
      sql`SELECT parent_id AS p FROM collections WHERE id = ${id}`,
    );
    id = row?.p ?? null;
  }
  return false;
}

/** Who moves a collection and when: its new siblings are renumbered, and each names the mover. */
export interface MoveStamp {
  by: string | null;
  at: string;
}

/**
 * Moves a collection under another (or to the top) at an index among its new siblings, which are
 * numbered 1..n. Renumbering raises each sibling's version, so each is stamped with the mover too:
 * a rename of a sibling read before the move is refused naming them.
 */
export async function moveCollection(
  db: LibraryDatabase,
  id: number,
  parentId: number | null,
  index: number,
  stamp: MoveStamp,
): Promise<void> {
  const collection = await getCollection(db, id);
  if (parentId !== null) {
    await getCollection(db, parentId);
    if (await isDescendant(db, parentId, id))
      throw new ApiError('bad_input', 'A collection cannot be moved into itself or into one of its own sub-collections.');
  }
  if ((await siblingNamed(db, parentId, collection.name, id)) !== null)
    throw new ApiError('conflict', `A collection called ${collection.name} is already there. Rename one of them first.`);
  const siblings = await pluckAll<number>(
    db,
    sql`SELECT id FROM collections WHERE ${underParent(parentId)} AND id <> ${id} ORDER BY position, id`,
  );
  siblings.splice(Math.max(0, Math.min(index, siblings.length)), 0, id);
  for (const [i, sibling] of siblings.entries())
    await db.run(
      sql`UPDATE collections SET parent_id = ${parentId}, position = ${i + 1}, changed_by = ${stamp.by}, changed_at = ${stamp.at} WHERE id = ${sibling}`,
    );
}

/** Puts a clip at `index` in the collection's order, between its new neighbours. */
export async function moveClipInCollection(db: LibraryDatabase, id: number, clipId: number, index: number): Promise<void> {
  await getCollection(db, id);
  const order = await db.all<{ id: number; position: number }>(
    sql`SELECT clip_id AS id, position FROM collection_clips WHERE collection_id = ${id} ORDER BY position, clip_id`,
  );
  if (!order.some((r) => r.id === clipId)) throw new ApiError('not_found', `Clip ${clipId} is not in this collection.`);
  const rest = order.filter((r) => r.id !== clipId);
  const at = Math.max(0, Math.min(index, rest.length));
  const before = rest[at - 1]?.position ?? (rest[0] ? rest[0].position - 2 : 0);
  const after = rest[at]?.position ?? before + 2;
  if (after - before >= MIN_GAP) {
    await db.run(sql`UPDATE collection_clips SET position = ${(before + after) / 2} WHERE collection_id = ${id} AND clip_id = ${clipId}`);
    return;
  }
  rest.splice(at, 0, { id: clipId, position: 0 });
  for (const [i, r] of rest.entries())
    await db.run(sql`UPDATE collection_clips SET position = ${i + 1} WHERE collection_id = ${id} AND clip_id = ${r.id}`);
}
