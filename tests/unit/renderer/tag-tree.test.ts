import { describe, expect, it } from 'vitest';
import { buildTagTree } from '../../../renderer/src/lib/sidebar/tag-tree.js';
import type { TreeNode } from '../../../renderer/src/lib/ui/tree.js';
import type { TagNode } from '../../../renderer/src/lib/sidebar/tag-tree.js';

const tag = (id: number, name: string, count: number) => ({ id, name, color: null, count });
const flat = (nodes: TreeNode<TagNode>[]): [string, number][] =>
  nodes.flatMap((n) => [[n.key, n.item.total] as [string, number], ...flat(n.children)]);

describe('the tag tree', () => {
  it('takes parents’ counts from the core’s distinct totals and leaves’ from their own counts', () => {
    // One clip carries both region/europe and region/europe/ukraine: summing would say 3 and 3.
    const tags = [tag(1, 'region/europe', 2), tag(2, 'region/europe/ukraine', 1), tag(3, 'follow-up', 4)];
    const totals = [
      { name: 'region', total: 2 },
      { name: 'region/europe', total: 2 },
    ];
    expect(flat(buildTagTree(tags, totals))).toEqual([
      ['follow-up', 4],
      ['region', 2],
      ['region/europe', 2],
      ['region/europe/ukraine', 1],
    ]);
  });

  it('shows a parent with no live clips as 0, and keeps parents that were never tagged themselves', () => {
    const tree = buildTagTree([tag(1, 'topic/trade', 0)], []);
    expect(tree[0]!.item).toMatchObject({ name: 'topic', tag: null, total: 0 });
    expect(flat(tree)).toEqual([
      ['topic', 0],
      ['topic/trade', 0],
    ]);
  });
});
