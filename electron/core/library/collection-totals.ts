import type { Db } from '../db/open-library.js';
import type { Collection } from '../../shared/models/organise.js';

/**
 * Each collection's total: the distinct live clips in it and in every collection below it, a
 * clip in a parent and a child counted once; a smart collection contributes its matches. A
 * collection with nothing below it has its own count as its total.
 */
export function withTotals(db: Db, collections: readonly Omit<Collection, 'total'>[], smartIds: (query: string) => number[]): Collection[] {
  const children = new Map<number, number[]>();
  for (const c of collections) if (c.parentId !== null) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const byId = new Map(collections.map((c) => [c.id, c]));
  const manualIds = db
    .prepare(
      `SELECT DISTINCT cc.clip_id FROM collection_clips cc JOIN clips c ON c.id = cc.clip_id
       WHERE c.deleted_at IS NULL AND cc.collection_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck();
  const subtree = (id: number): number[] => [id, ...(children.get(id) ?? []).flatMap(subtree)];
  return collections.map((c) => {
    if (!children.has(c.id)) return { ...c, total: c.count };
    const members = subtree(c.id).map((id) => byId.get(id)!);
    const clips = new Set(manualIds.all(JSON.stringify(members.filter((m) => m.query === null).map((m) => m.id))) as number[]);
    for (const smart of members) if (smart.query !== null) for (const id of smartIds(smart.query)) clips.add(id);
    return { ...c, total: clips.size };
  });
}
