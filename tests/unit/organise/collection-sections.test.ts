import { describe, expect, it } from 'vitest';
import { collectionSections } from '../../../electron/shared/organise/collection-sections.js';

const tree = [
  { id: 1, parentId: null, name: 'Week', position: 1, query: null },
  { id: 2, parentId: 1, name: 'West', position: 2, query: null },
  { id: 3, parentId: 1, name: 'East', position: 1, query: null },
  { id: 4, parentId: 3, name: 'Rivers', position: 1, query: null },
  { id: 5, parentId: 1, name: 'Empty', position: 3, query: null },
  { id: 6, parentId: null, name: 'Elsewhere', position: 2, query: null },
];
const members: Record<number, number[]> = { 1: [10], 2: [20, 10], 3: [30, 31], 4: [31, 40], 5: [], 6: [60] };
const membersOf = (c: { id: number }) => Promise.resolve(members[c.id] ?? []);

describe('the sections of a collection', () => {
  it('follow the hand order depth first, titled by their path below it', async () => {
    const sections = await collectionSections(tree, 1, members[1]!, membersOf);
    expect(sections.map((s) => s.title)).toEqual(['East', 'East › Rivers', 'West']);
  });

  it('print each clip once, where it comes first, and drop a section left with none', async () => {
    const sections = await collectionSections(tree, 1, members[1]!, membersOf);
    expect(sections.map((s) => s.clipIds)).toEqual([[30, 31], [40], [20]]);
    expect(sections.map((s) => s.collectionId)).toEqual([3, 4, 2]);
  });

  it('are none for a collection with nothing inside it', async () => {
    expect(await collectionSections(tree, 6, members[6]!, membersOf)).toEqual([]);
  });
});
