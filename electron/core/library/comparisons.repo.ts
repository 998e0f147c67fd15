import type { LibraryDatabase } from '../db/library-database.js';
import { pluckAll } from '../db/library-database.js';
import { sql, sqlRaw } from '../db/sql.js';
import { ApiError, noSuchClip } from '../../shared/api/errors.js';
import type { DeletedComparison } from '../../shared/models/organise.js';
import type { SavedComparison } from '../../shared/models/saved-comparison.js';
import { getCollection, manualCollection } from './collections.repo.js';

/**
 * Comparisons kept in collections, one code path for both engines. A pair is stored once (A on
 * the left) and held by any number of collections; a trigger deletes a pair no collection holds.
 */

/** The flat columns selected for one saved comparison; `toComparison` folds them into the model. */
export interface ComparisonRow {
  id: number;
  title: string;
  createdAt: string;
  aId: number;
  aTitle: string | null;
  aSource: string | null;
  aDate: string | null;
  bId: number;
  bTitle: string | null;
  bSource: string | null;
  bDate: string | null;
}

/** A saved comparison with both its clips, over `cmp`, `a` and `b`. When you add a column, also update ComparisonRow. */
export const COMPARISON_SELECT = sqlRaw(`SELECT cmp.id, cmp.title, cmp.created_at AS "createdAt",
    a.id AS "aId", a.title AS "aTitle", a.source AS "aSource", a.date AS "aDate",
    b.id AS "bId", b.title AS "bTitle", b.source AS "bSource", b.date AS "bDate"
  FROM comparisons cmp JOIN clips a ON a.id = cmp.clip_a JOIN clips b ON b.id = cmp.clip_b`);

export function toComparison(r: ComparisonRow): SavedComparison {
  return {
    id: r.id,
    title: r.title,
    createdAt: r.createdAt,
    a: { id: r.aId, title: r.aTitle, source: r.aSource, date: r.aDate },
    b: { id: r.bId, title: r.bTitle, source: r.bSource, date: r.bDate },
  };
}

export const noSuchComparison = (id: number) =>
  new ApiError('not_found', `There is no saved comparison ${id}. It may have been removed, or one of its clips deleted for good.`);

async function liveClipLabel(db: LibraryDatabase, id: number): Promise<string> {
  const clip = await db.get<{ title: string | null; deletedAt: string | null }>(
    sql`SELECT title, deleted_at AS "deletedAt" FROM clips WHERE id = ${id}`,
  );
  if (!clip) throw noSuchClip(id);
  if (clip.deletedAt) throw new ApiError('bad_input', `Clip ${id} is in the trash. Restore it before keeping a comparison with it.`);
  return clip.title?.trim() || `Clip ${id}`;
}

/** Every comparison id the collection holds, live or not, in order: positions are renumbered over all of them. */
function memberOrder(db: LibraryDatabase, collectionId: number): Promise<number[]> {
  return pluckAll<number>(
    db,
    sql`SELECT comparison_id FROM collection_comparisons WHERE collection_id = ${collectionId} ORDER BY position, comparison_id`,
  );
}

/** Writes positions 1..n: a collection holds a handful of comparisons, so renumbering beats fractional gaps. */
async function writeOrder(db: LibraryDatabase, collectionId: number, order: readonly number[]): Promise<void> {
  for (const [i, comparisonId] of order.entries()) {
    await db.run(
      sql`UPDATE collection_comparisons SET position = ${i + 1} WHERE collection_id = ${collectionId} AND comparison_id = ${comparisonId}`,
    );
  }
}

/** The stored pair of a and b, either way round. */
async function pairId(db: LibraryDatabase, a: number, b: number): Promise<number | undefined> {
  const row = await db.get<{ id: number }>(
    sql`SELECT id FROM comparisons WHERE (clip_a = ${a} AND clip_b = ${b}) OR (clip_a = ${b} AND clip_b = ${a})`,
  );
  return row?.id;
}

/** The comparison of a and b as a stored pair, either way round, creating it (A on the left) when new. */
async function findOrCreatePair(db: LibraryDatabase, a: number, b: number, title: string | undefined, now: string): Promise<number> {
  if (a === b) throw new ApiError('bad_input', `Clip ${a} cannot be compared with itself. Choose two different clips.`);
  const defaultTitle = `${await liveClipLabel(db, a)} — ${await liveClipLabel(db, b)}`;
  const existing = await pairId(db, a, b);
  if (existing !== undefined) return existing;
  const row = await db.get<{ id: number }>(
    sql`INSERT INTO comparisons (clip_a, clip_b, title, created_at) VALUES (${a}, ${b}, ${title?.trim() || defaultTitle}, ${now}) RETURNING id`,
  );
  return row!.id;
}

export async function getComparison(db: LibraryDatabase, id: number): Promise<SavedComparison> {
  const row = await db.get<ComparisonRow>(sql`${COMPARISON_SELECT} WHERE cmp.id = ${id}`);
  if (!row) throw noSuchComparison(id);
  return toComparison(row);
}

/** Renames a kept pair; an empty title goes back to "A title — B title". */
export async function renameComparison(db: LibraryDatabase, id: number, title: string): Promise<void> {
  const comparison = await getComparison(db, id);
  const label = (side: SavedComparison['a']) => side.title?.trim() || `Clip ${side.id}`;
  await db.run(sql`UPDATE comparisons SET title = ${title.trim() || `${label(comparison.a)} — ${label(comparison.b)}`} WHERE id = ${id}`);
}

/**
 * Puts the comparison of clips a and b into a regular collection, last or at `index`. A pair the
 * collection already holds, in either order, is not added twice: `added` is then false.
 */
export async function addComparison(
  db: LibraryDatabase,
  input: { collectionId: number; a: number; b: number; title?: string | undefined; index?: number | undefined },
  now: string,
): Promise<{ id: number; added: boolean }> {
  await manualCollection(
    db,
    input.collectionId,
    (name) => `${name} is a smart collection: it holds only what its search finds. Add the comparison to a regular collection.`,
  );
  const id = await findOrCreatePair(db, input.a, input.b, input.title, now);
  const order = await memberOrder(db, input.collectionId);
  if (order.includes(id)) return { id, added: false };
  await db.run(sql`INSERT INTO collection_comparisons (collection_id, comparison_id, position) VALUES (${input.collectionId}, ${id}, 0)`);
  order.splice(Math.min(input.index ?? order.length, order.length), 0, id);
  await writeOrder(db, input.collectionId, order);
  return { id, added: true };
}

/**
 * Puts a saved comparison back in a restored collection: the pair itself went with the collection
 * unless another collection held it too. A pair with a clip deleted for good since stays gone.
 */
export async function keepPairInCollection(db: LibraryDatabase, collectionId: number, c: DeletedComparison): Promise<void> {
  // Either way round: the pair may have been kept again, B first, since.
  if ((await pairId(db, c.a, c.b)) === undefined) {
    const clips = await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM clips WHERE id IN (${c.a}, ${c.b})`);
    if (clips?.n !== 2) return;
    await db.run(sql`INSERT INTO comparisons (clip_a, clip_b, title, created_at) VALUES (${c.a}, ${c.b}, ${c.title}, ${c.createdAt})`);
  }
  const comparisonId = (await pairId(db, c.a, c.b))!;
  await db.run(
    sql`INSERT INTO collection_comparisons (collection_id, comparison_id, position)
        VALUES (${collectionId}, ${comparisonId}, ${c.position}) ON CONFLICT DO NOTHING`,
  );
}

/** The collection's comparisons in order, leaving out any whose clip is in the trash (restoring it brings the comparison back). */
export async function listComparisons(db: LibraryDatabase, collectionId: number): Promise<SavedComparison[]> {
  await getCollection(db, collectionId);
  const rows = await db.all<ComparisonRow>(
    sql`${COMPARISON_SELECT} JOIN collection_comparisons cc ON cc.comparison_id = cmp.id
        WHERE cc.collection_id = ${collectionId} AND a.deleted_at IS NULL AND b.deleted_at IS NULL ORDER BY cc.position, cc.comparison_id`,
  );
  return rows.map(toComparison);
}

/**
 * Takes a comparison out of a collection (a pair no collection holds any more is deleted by a
 * trigger); what is returned is enough to add it back, title and place included.
 */
export async function removeComparison(
  db: LibraryDatabase,
  collectionId: number,
  comparisonId: number,
): Promise<{ comparison: SavedComparison; index: number }> {
  await getCollection(db, collectionId);
  const order = await memberOrder(db, collectionId);
  const index = order.indexOf(comparisonId);
  if (index < 0)
    throw new ApiError('not_found', `That comparison is not in this collection any more. Reload the collection to see what it holds.`);
  const comparison = await getComparison(db, comparisonId);
  await db.run(sql`DELETE FROM collection_comparisons WHERE collection_id = ${collectionId} AND comparison_id = ${comparisonId}`);
  await writeOrder(
    db,
    collectionId,
    order.filter((id) => id !== comparisonId),
  );
  return { comparison, index };
}

/**
 * Moves a comparison to `index` in the list as shown, which leaves out pairs with a clip in the
 * trash: it goes just before the one shown at that place, so hidden pairs keep their neighbours.
 */
export async function moveComparison(db: LibraryDatabase, collectionId: number, comparisonId: number, index: number): Promise<void> {
  const order = await memberOrder(db, collectionId);
  if (!order.includes(comparisonId))
    throw new ApiError('not_found', `That comparison is not in this collection. Reload the collection to see what it holds.`);
  const shown = (await listComparisons(db, collectionId)).map((c) => c.id).filter((id) => id !== comparisonId);
  const rest = order.filter((id) => id !== comparisonId);
  const before = shown[index];
  const last = shown[shown.length - 1];
  const at = before !== undefined ? rest.indexOf(before) : last !== undefined ? rest.indexOf(last) + 1 : rest.length;
  rest.splice(at, 0, comparisonId);
  await writeOrder(db, collectionId, rest);
}
