/** A node of a sidebar tree, keyed so expansion and focus survive a reload of the data. */
export interface TreeNode<T> {
  key: string;
  item: T;
  children: TreeNode<T>[];
}

/** A visible row of a tree: what the tree renders and moves through with the arrow keys. */
export interface TreeRow<T> {
  key: string;
  item: T;
  depth: number;
  parentKey: string | null;
  hasChildren: boolean;
  expanded: boolean;
}

/** The rows a reader sees: children only under expanded parents, in order. */
export function visibleRows<T>(nodes: TreeNode<T>[], expanded: ReadonlySet<string>): TreeRow<T>[] {
  const rows: TreeRow<T>[] = [];
  const walk = (list: TreeNode<T>[], depth: number, parentKey: string | null) => {
    for (const node of list) {
      const open = expanded.has(node.key);
      rows.push({ key: node.key, item: node.item, depth, parentKey, hasChildren: node.children.length > 0, expanded: open });
      if (open) walk(node.children, depth + 1, node.key);
    }
  };
  walk(nodes, 0, null);
  return rows;
}
