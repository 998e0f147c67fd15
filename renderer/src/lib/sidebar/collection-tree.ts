import type { Collection } from '../api/models.js';
import type { TreeNode } from '../ui/tree.js';

/** Collections nested by parentId, siblings in their stored order. */
export function buildCollectionTree(collections: readonly Collection[]): TreeNode<Collection>[] {
  const children = new Map<number | null, Collection[]>();
  for (const c of collections) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const build = (parentId: number | null): TreeNode<Collection>[] =>
    (children.get(parentId) ?? [])
      .sort((a, b) => a.position - b.position)
      .map((c) => ({ key: String(c.id), item: c, children: build(c.id) }));
  return build(null);
}

/** The collection's own id and all below it: where it may not be moved. */
export function subtreeIds(collections: readonly Collection[], id: number): Set<number> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of collections) {
      if (c.parentId !== null && ids.has(c.parentId) && !ids.has(c.id)) {
        ids.add(c.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** "Briefs / Ukraine": a collection's name with its parents, for pickers. */
export function collectionPath(collections: readonly Collection[], id: number): string {
  const byId = new Map(collections.map((c) => [c.id, c]));
  const names: string[] = [];
  for (let c = byId.get(id); c; c = c.parentId === null ? undefined : byId.get(c.parentId)) names.unshift(c.name);
  return names.join(' / ');
}
