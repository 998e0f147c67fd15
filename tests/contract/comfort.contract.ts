import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipPage, SavedClip } from '../../electron/shared/models/clip.js';
import type { Collection, CollectionPlace, DeletedCollection, TagTotal } from '../../electron/shared/models/organise.js';
import { failed, succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** Select all, undo for collections and tag totals, on whichever library the connections open. */
export function describeComfort(connections: readonly Connection[]): void {
  describe.each(connections)('select all, undo for collections, tag totals %s', (_name, connect) => {
    let t: TransportUnderTest;
    const clips: number[] = [];

    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
    const err = async (method: string, args: unknown) => (await failed(t, method, args)).message;
    const order = async (id: number) => (await ok<ClipPage>('clips.list', { collectionId: id })).items.map((c) => c.id);
    const byName = async (name: string) => (await ok<Collection[]>('collections.list', {})).find((c) => c.name === name);

    beforeAll(async () => {
      t = await connect();
      const stories = [
        ['Harbour strike enters second week', 'Dock workers in Rotterdam kept the harbour closed for a second week.', '2024-03-01'],
        ['Grain corridor reopens', 'Grain ships left Odesa under escort on Monday.', '2024-02-01'],
        ['Floods close Dresden old town', 'The Elbe rose past seven metres overnight in Dresden.', '2024-01-01'],
        ['Strike talks resume in Antwerp', 'Union leaders in Antwerp returned to talks over the strike.', '2023-12-01'],
      ];
      for (const [title, text, date] of stories) clips.push((await ok<SavedClip>('clips.create', { text, draft: { title, date } })).id);
    });
    afterAll(async () => t.close());

    it('gives every clip id of a view in the order the list shows it', async () => {
      const newestFirst = [...clips].reverse();
      expect(await ok<number[]>('clips.ids', {})).toEqual(newestFirst);
      await ok('tags.apply', { clipIds: [clips[0], clips[3]], names: ['topic/labour'] });
      expect(await ok<number[]>('clips.ids', { tag: 'topic' })).toEqual([clips[3], clips[0]]);
      expect(await ok<number[]>('clips.ids', { query: 'strike', sort: 'date-desc' })).toEqual([clips[0], clips[3]]);
      expect((await ok<number[]>('clips.ids', { query: 'strike' })).sort()).toEqual([clips[0], clips[3]].sort());
      expect(await ok<number[]>('clips.ids', { query: '   ' })).toEqual([]);
      await ok('clips.trash', { ids: [clips[2]] });
      expect(await ok<number[]>('clips.ids', { trashed: true })).toEqual([clips[2]]);
      expect(await ok<number[]>('clips.ids', {})).not.toContain(clips[2]);
      await ok('clips.restore', { ids: [clips[2]] });
    });

    it('puts clips removed from a collection back where they stood', async () => {
      const shelf = await ok<Collection>('collections.create', { name: 'Shelf' });
      await ok('collections.addClips', { id: shelf.id, clipIds: clips });
      await ok('collections.moveClip', { id: shelf.id, clipId: clips[3], index: 0 });
      const before = await order(shelf.id);
      const { places } = await ok<{ places: CollectionPlace[] }>('collections.removeClips', {
        id: shelf.id,
        clipIds: [clips[3], clips[1]],
      });
      expect(places.map((p) => p.clipId)).toEqual([clips[3], clips[1]]);
      expect(await order(shelf.id)).toEqual([clips[0], clips[2]]);
      const { restored } = await ok<{ restored: number[] }>('collections.restoreClips', { id: shelf.id, places });
      expect(restored).toEqual([clips[3], clips[1]]);
      expect(await order(shelf.id)).toEqual(before);
    });

    it('undoes deleting a collection: sub-collections, descriptions, smart searches, clip order and saved comparisons', async () => {
      const brief = await ok<Collection>('collections.create', { name: 'Brief', description: 'For the **minister**.' });
      const ports = await ok<Collection>('collections.create', { name: 'Ports', parentId: brief.id, description: 'Harbours.' });
      await ok('collections.create', { name: 'Strikes', parentId: brief.id, query: 'strike' });
      await ok('collections.create', { name: 'Deep', parentId: ports.id });
      await ok('collections.addClips', { id: ports.id, clipIds: [clips[2], clips[0], clips[1]] });
      await ok('comparisons.add', { collectionId: ports.id, a: clips[0], b: clips[3], title: 'Two strikes' });
      await ok('comparisons.add', { collectionId: ports.id, a: clips[2], b: clips[1] });
      const comparisonsBefore = await ok<{ id: number; title: string }[]>('comparisons.list', { collectionId: ports.id });
      const listBefore = (await ok<Collection[]>('collections.list', {})).filter((c) => c.name !== 'Shelf');

      const { removed } = await ok<{ removed: DeletedCollection[] }>('collections.delete', { id: brief.id });
      expect(removed.map((c) => c.name)).toEqual(['Brief', 'Ports', 'Strikes', 'Deep']);
      expect(await byName('Ports')).toBeUndefined();

      expect(await ok<{ restored: number }>('collections.restore', { removed })).toEqual({ restored: brief.id });
      const listAfter = (await ok<Collection[]>('collections.list', {})).filter((c) => c.name !== 'Shelf');
      expect(listAfter).toEqual(listBefore);
      expect(await order(ports.id)).toEqual([clips[2], clips[0], clips[1]]);
      const comparisonsAfter = await ok<{ id: number; title: string }[]>('comparisons.list', { collectionId: ports.id });
      expect(comparisonsAfter.map((c) => c.title)).toEqual(['Two strikes', 'Floods close Dresden old town — Grain corridor reopens']);
      expect(comparisonsAfter).toEqual(comparisonsBefore.map((c, i) => ({ ...c, id: comparisonsAfter[i]!.id })));
    });

    it('restores under a new id when the old one was taken, and refuses a name made since', async () => {
      const gone = await ok<Collection>('collections.create', { name: 'Latest' });
      await ok('collections.addClips', { id: gone.id, clipIds: [clips[1]] });
      const { removed } = await ok<{ removed: DeletedCollection[] }>('collections.delete', { id: gone.id });
      expect(await ok<{ restored: number }>('collections.restore', { removed })).toEqual({ restored: gone.id });
      // The collection back under its old id is renamed, so the old id is taken and the old name free.
      await ok('collections.update', { id: gone.id, name: 'Other' });
      const { restored } = await ok<{ restored: number }>('collections.restore', { removed });
      expect(restored).not.toBe(gone.id);
      expect(await order(restored)).toEqual([clips[1]]);
      expect(await order(gone.id)).toEqual([clips[1]]);

      const again = await ok<{ removed: DeletedCollection[] }>('collections.delete', { id: restored });
      await ok('collections.create', { name: 'Latest' });
      expect(await err('collections.restore', { removed: again.removed })).toMatch(/has been made there since.*Rename the new one/);
    });

    it('puts back a collection under an id the library has not given yet, and makes new ones after it', async () => {
      const far = await ok<Collection>('collections.create', { name: 'Far' });
      const { removed } = await ok<{ removed: DeletedCollection[] }>('collections.delete', { id: far.id });
      const { restored } = await ok<{ restored: number }>('collections.restore', { removed: [{ ...removed[0]!, id: far.id + 1 }] });
      expect((await byName('Far'))?.id).toBe(restored);
      const after = [];
      for (let i = 0; i < 3; i++) after.push((await ok<Collection>('collections.create', { name: `After ${i}` })).id);
      expect(new Set([restored, ...after]).size).toBe(4);
    });

    it('says which clips a tagging changed, so Undo leaves alone the clips that had the tag', async () => {
      const { added } = await ok<{ added: { name: string; clipIds: number[] }[] }>('tags.apply', {
        clipIds: [clips[0], clips[1]],
        names: ['topic/labour', ' desk / night '],
      });
      expect(added).toEqual([
        { name: 'topic/labour', created: false, clipIds: [clips[1]] },
        { name: 'desk/night', created: true, clipIds: [clips[0], clips[1]] },
      ]);
      await ok('tags.remove', { clipIds: added[0]!.clipIds, names: ['topic/labour'] });
      await ok('tags.delete', { name: 'desk' });
    });

    it('counts a clip once for a parent tag when it carries two tags below it', async () => {
      await ok('tags.apply', { clipIds: [clips[0]], names: ['region/europe', 'region/europe/ukraine'] });
      await ok('tags.apply', { clipIds: [clips[1]], names: ['region/europe/ukraine'] });
      await ok('tags.apply', { clipIds: [clips[2]], names: ['region/asia'] });
      const totals = Object.fromEntries((await ok<TagTotal[]>('tags.totals', {})).map((x) => [x.name, x.total]));
      expect(totals).toEqual({ region: 3, 'region/europe': 2, topic: 2 });
      await ok('clips.trash', { ids: [clips[0]] });
      const live = Object.fromEntries((await ok<TagTotal[]>('tags.totals', {})).map((x) => [x.name, x.total]));
      expect(live).toEqual({ region: 2, 'region/europe': 1, topic: 1 });
      await ok('clips.restore', { ids: [clips[0]] });
    });

    it('explains bad input to the restore methods', async () => {
      expect(await err('collections.restoreClips', { id: 9_999, places: [{ clipId: clips[0], position: 1 }] })).toMatch(
        /no collection 9999/,
      );
      expect(await err('collections.restore', { removed: [] })).toMatch(/removed/);
    });
  });
}
