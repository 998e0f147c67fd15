import type { Tag, TagTotal } from '../api/models.js';
import type { TreeNode } from '../ui/tree.js';

export interface TagNode {
  /** The full name, "region/europe/ukraine". */
  name: string;
  /** The last part, shown in the tree. */
  label: string;
  /** Null for a parent that exists only through its children's names. */
  tag: Tag | null;
  /** Distinct clips carrying this tag or one below it: a clip with two of them counts once. */
  total: number;
}

/**
 * The tag hierarchy from the '/' in the names; parents that were never tagged themselves still
 * appear. A parent's count comes from `totals` (tags.totals), counted in the core without double
 * counting; a leaf's is its own.
 */
export function buildTagTree(tags: readonly Tag[], totals: readonly TagTotal[]): TreeNode<TagNode>[] {
  const totalOf = new Map(totals.map((t) => [t.name, t.total]));
  const byName = new Map<string, TreeNode<TagNode>>();
  const roots: TreeNode<TagNode>[] = [];
  const ensure = (name: string): TreeNode<TagNode> => {
    const found = byName.get(name);
    if (found) return found;
    const cut = name.lastIndexOf('/');
    const node: TreeNode<TagNode> = { key: name, item: { name, label: name.slice(cut + 1), tag: null, total: 0 }, children: [] };
    byName.set(name, node);
    (cut === -1 ? roots : ensure(name.slice(0, cut)).children).push(node);
    return node;
  };
  for (const tag of [...tags].sort((a, b) => a.name.localeCompare(b.name))) ensure(tag.name).item.tag = tag;
  for (const [name, node] of byName) node.item.total = totalOf.get(name) ?? node.item.tag?.count ?? 0;
  return roots;
}

/** The tags a name implies, "a/b/c" → ["a", "a/b", "a/b/c"], so a parent opens when a child is shown. */
export function ancestors(name: string): string[] {
  const parts = name.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
