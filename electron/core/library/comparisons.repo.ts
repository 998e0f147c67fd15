import type { Db } from '../db/open-library.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { get as getRow, pluck, sql, sqlFragment, sqlRaw } from '../db/sql.js';
import { ApiError, noSuchClip } from '../../shared/api/errors.js';
import type { SavedComparison } from '../../shared/models/saved-comparison.js';
import { getCollection } from './collections.repo.js';

/** The flat columns selected for one saved comparison; `toComparison` folds them into the model. */
interface ComparisonRow {
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

const PAIRS = sqlRaw('FROM comparisons cmp JOIN clips a ON a.id = cmp.clip_a JOIN clips b ON b.id = cmp.clip_b');

const SELECT = sqlFragment`SELECT cmp.id, cmp.title, cmp.created_at AS "createdAt",
    a.id AS "aId", a.title AS "aTitle", a.source AS "aSource", a.date AS "aDate",
    b.id AS "bId", b.title AS "bTitle", b.source AS "bSource", b.date AS "bDate" ${PAIRS}`;

const noSuchComparison = (id: number) =>
  new ApiError('not_found', `There is no saved comparison ${id}. It may have been removed, or one of its clips deleted for good.`);

function toComparison(r: ComparisonRow): SavedComparison {
  return {
    id: r.id,
    title: r.title,
    createdAt: r.createdAt,
    a: { id: r.aId, title: r.aTitle, source: r.aSource, date: r.aDate },
    b: { id: r.bId, title: r.bTitle, source: r.bSource, date: r.bDate },
  };
}

function regularCollection(db: Db, collectionId: number) {
  const collection = getCollection(db, collectionId);
  if (collection.query !== null) {
    throw new ApiError(
      'bad_input',
      `${collection.name} is a smart collection: it holds only what its search finds. Add the comparison to a regular collection.`,
    );
  }
  return collection;
}

function liveClipLabel(db: Db, id: number): string {
  const clip = db.prepare('SELECT title, deleted_at AS deletedAt FROM clips WHERE id = ?').get(id) as
    { title: string | null; deletedAt: string | null } | undefined;
  if (!clip) throw noSuchClip(id);
  if (clip.deletedAt) throw new ApiError('bad_input', `Clip ${id} is in the trash. Restore it before keeping a comparison with it.`);
  return clip.title?.trim() || `Clip ${id}`;
}

/** Every comparison id the collection holds, live or not, in order: positions are renumbered over all of them. */
function memberOrder(db: Db, collectionId: number): number[] {
  return (
    db.prepare('SELECT comparison_id AS id FROM collection_comparisons WHERE collection_id = ? ORDER BY position').all(collectionId) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

/** Writes positions 1..n: a collection holds a handful of comparisons, so renumbering beats fractional gaps. */
function writeOrder(db: Db, collectionId: number, order: readonly number[]): void {
  const set = db.prepare('UPDATE collection_comparisons SET position = ? WHERE collection_id = ? AND comparison_id = ?');
  order.forEach((comparisonId, i) => set.run(i + 1, collectionId, comparisonId));
}

/** The comparison of a and b as a stored pair, either way round, creating it (A on the left) when new. */
function findOrCreatePair(db: Db, a: number, b: number, title: string | undefined, now: string): number {
  if (a === b) throw new ApiError('bad_input', `Clip ${a} cannot be compared with itself. Choose two different clips.`);
  const defaultTitle = `${liveClipLabel(db, a)} — ${liveClipLabel(db, b)}`;
  const existing = db
    .prepare('SELECT id FROM comparisons WHERE (clip_a = ? AND clip_b = ?) OR (clip_a = ? AND clip_b = ?)')
    .get(a, b, b, a) as { id: number } | undefined;
  if (existing) return existing.id;
  const info = db
    .prepare('INSERT INTO comparisons (clip_a, clip_b, title, created_at) VALUES (?, ?, ?, ?)')
    .run(a, b, title?.trim() || defaultTitle, now);
  return Number(info.lastInsertRowid);
}

/** Renames a kept pair; an empty title goes back to "A title — B title". */
export function renameComparison(db: Db, id: number, title: string): void {
  const comparison = comparisonIn(db, id);
  const label = (side: SavedComparison['a']) => side.title?.trim() || `Clip ${side.id}`;
  db.prepare('UPDATE comparisons SET title = ? WHERE id = ?').run(title.trim() || `${label(comparison.a)} — ${label(comparison.b)}`, id);
}

/** The comparison read through the connection itself, by the writes here that run inside its synchronous transaction. */
function comparisonIn(db: Db, id: number): SavedComparison {
  const row = getRow<ComparisonRow>(db, sql`${SELECT} WHERE cmp.id = ${id}`);
  if (!row) throw noSuchComparison(id);
  return toComparison(row);
}

export async function getComparison(db: LibraryDatabase, id: number): Promise<SavedComparison> {
  const row = await db.get<ComparisonRow>(sql`${SELECT} WHERE cmp.id = ${id}`);
  if (!row) throw noSuchComparison(id);
  return toComparison(row);
}

/**
 * Puts the comparison of clips a and b into a regular collection, last or at `index`. A pair the
 * collection already holds, in either order, is not added twice: `added` is then false.
 */
export function addComparison(
  db: Db,
  input: { collectionId: number; a: number; b: number; title?: string | undefined; index?: number | undefined },
  now: string,
): { id: number; added: boolean } {
  regularCollection(db, input.collectionId);
  const id = findOrCreatePair(db, input.a, input.b, input.title, now);
  const order = memberOrder(db, input.collectionId);
  if (order.includes(id)) return { id, added: false };
  db.prepare('INSERT INTO collection_comparisons (collection_id, comparison_id, position) VALUES (?, ?, 0)').run(input.collectionId, id);
  order.splice(Math.min(input.index ?? order.length, order.length), 0, id);
  writeOrder(db, input.collectionId, order);
  return { id, added: true };
}

/** The collection's pairs whose clips are both out of the trash, in its order: restoring a clip brings its pairs back. */
const liveInCollection = (collectionId: number) =>
  sqlFragment`JOIN collection_comparisons cc ON cc.comparison_id = cmp.id
    WHERE cc.collection_id = ${collectionId} AND a.deleted_at IS NULL AND b.deleted_at IS NULL ORDER BY cc.position`;

/** The collection's comparisons in order, leaving out any whose clip is in the trash (restoring it brings the comparison back). */
export async function listComparisons(db: LibraryDatabase, collectionId: number): Promise<SavedComparison[]> {
  if (!(await db.get(sql`SELECT 1 AS found FROM collections WHERE id = ${collectionId}`)))
    throw new ApiError('not_found', `There is no collection ${collectionId}.`);
  const rows = await db.all<ComparisonRow>(sql`${SELECT} ${liveInCollection(collectionId)}`);
  return rows.map(toComparison);
}

/**
 * Takes a comparison out of a collection (a pair no collection holds any more is deleted by a
 * trigger); what is returned is enough to add it back, title and place included.
 */
export function removeComparison(db: Db, collectionId: number, comparisonId: number): { comparison: SavedComparison; index: number } {
  getCollection(db, collectionId);
  const order = memberOrder(db, collectionId);
  const index = order.indexOf(comparisonId);
  if (index < 0)
    throw new ApiError('not_found', `That comparison is not in this collection any more. Reload the collection to see what it holds.`);
  const comparison = comparisonIn(db, comparisonId);
  db.prepare('DELETE FROM collection_comparisons WHERE collection_id = ? AND comparison_id = ?').run(collectionId, comparisonId);
  writeOrder(
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
export function moveComparison(db: Db, collectionId: number, comparisonId: number, index: number): void {
  const order = memberOrder(db, collectionId);
  if (!order.includes(comparisonId))
    throw new ApiError('not_found', `That comparison is not in this collection. Reload the collection to see what it holds.`);
  const shown = pluck<number>(db, sql`SELECT cmp.id ${PAIRS} ${liveInCollection(collectionId)}`).filter((id) => id !== comparisonId);
  const rest = order.filter((id) => id !== comparisonId);
  const before = shown[index];
  const last = shown[shown.length - 1];
  const at = before !== undefined ? rest.indexOf(before) : last !== undefined ? rest.indexOf(last) + 1 : rest.length;
  rest.splice(at, 0, comparisonId);
  writeOrder(db, collectionId, rest);
}
