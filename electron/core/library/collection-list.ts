import type { LibraryDatabase } from '../db/library-database.js';
import { caselessKey, valueList } from '../db/dialect.js';
import { sql, sqlRaw } from '../db/sql.js';
import { pluckAll } from '../db/library-database.js';
import type { Collection } from '../../shared/models/organise.js';
import { searchLibrary, searchLibraryIds } from './search.js';

/** The columns are selected under the model's own names; totals are worked out afterwards. */
type CollectionRow = Omit<Collection, 'total'>;

/** The collections tree as the sidebar shows it, with each one's count and total; both engines. */
export async function listCollectionsWithTotals(db: LibraryDatabase): Promise<Collection[]> {
  const rows = await db.all<CollectionRow>(
    sql`SELECT co.id, co.parent_id AS "parentId", co.name, co.position, co.description, co.query, co.version,
          (SELECT count(*) FROM collection_clips cc JOIN clips c ON c.id = cc.clip_id
           WHERE cc.collection_id = co.id AND c.deleted_at IS NULL) AS count
        FROM collections co ORDER BY co.parent_id IS NOT NULL, co.parent_id, co.position, ${caselessKey(db.dialect, sqlRaw('co.name'))}`,
  );
  const counted: CollectionRow[] = [];
  for (const r of rows) counted.push(r.query === null ? r : { ...r, count: await countSmart(db, r.query) });
  return withTotals(db, counted);
}

const countSmart = async (db: LibraryDatabase, query: string) =>
  (await searchLibrary(db, query, { limit: 1, offset: 0, sort: 'date-desc', facets: false })).total;

/**
 * Each collection's total: the distinct live clips in it and in every collection below it, a
 * clip in a parent and a child counted once; a smart collection contributes its matches. A
 * collection with nothing below it has its own count as its total.
 */
async function withTotals(db: LibraryDatabase, collections: readonly CollectionRow[]): Promise<Collection[]> {
  const children = new Map<number, number[]>();
  for (const c of collections) if (c.parentId !== null) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const byId = new Map(collections.map((c) => [c.id, c]));
  const subtree = (id: number): number[] => [id, ...(children.get(id) ?? []).flatMap(subtree)];
  const totals: Collection[] = [];
  for (const c of collections) {
    if (!children.has(c.id)) {
      totals.push({ ...c, total: c.count });
      continue;
    }
    const members = subtree(c.id).map((id) => byId.get(id)!);
    const manual = members.filter((m) => m.query === null).map((m) => m.id);
    const clips = new Set(
      manual.length
        ? await pluckAll<number>(
            db,
            sql`SELECT DISTINCT cc.clip_id FROM collection_clips cc JOIN clips c ON c.id = cc.clip_id
                WHERE c.deleted_at IS NULL AND cc.collection_id IN (${valueList(manual)})`,
          )
        : [],
    );
    for (const smart of members)
      if (smart.query !== null) for (const id of await searchLibraryIds(db, smart.query, 'relevance')) clips.add(id);
    totals.push({ ...c, total: clips.size });
  }
  return totals;
}
