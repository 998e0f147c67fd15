import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip, ClipPage, SavedClip, SearchResult } from '../../electron/shared/models/clip.js';
import type { Collection, EntityCount, Tag } from '../../electron/shared/models/organise.js';
import { failed, succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** Deleting for good from the Trash, on whichever library the connections open. */
export function describeTrash(connections: readonly Connection[]): void {
  describe.each(connections)('the Trash %s', (_name, connect) => {
    let t: TransportUnderTest;
    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
    const refused = async (method: string, args: unknown) => (await failed(t, method, args)).message;

    beforeAll(async () => {
      t = await connect();
    });
    afterAll(async () => t.close());

    /** A clip with a highlight, a tag, a person, a place in a collection and a kept comparison, beside one it is compared with. */
    async function clipEverywhere(word: string, keptText: string): Promise<{ gone: number; kept: number; collection: number }> {
      const kept = (await ok<SavedClip>('clips.create', { text: keptText })).id;
      const gone = (
        await ok<SavedClip>('clips.create', {
          text: `The ${word} paper mill in the made-up town of Vellmar will close in March.`,
          draft: { title: `${word} mill closes`, people: [`Edda ${word}`] },
        })
      ).id;
      const body = (await ok<Clip>('clips.get', { id: gone })).paragraphs.join('\n\n');
      const at = body.indexOf('paper mill');
      await ok('highlights.add', { clipId: gone, exact: 'paper mill', start: at, end: at + 'paper mill'.length, note: `${word} owns it` });
      await ok('tags.apply', { clipIds: [gone, kept], names: [`industry/${word}`] });
      const shelf = await ok<Collection>('collections.create', { name: `Closures ${word}` });
      await ok('collections.addClips', { id: shelf.id, clipIds: [gone, kept] });
      await ok('comparisons.add', { collectionId: shelf.id, a: gone, b: kept, title: `${word} beside the ferry` });
      return { gone, kept, collection: shelf.id };
    }

    it('deletes a clip in the Trash for good, with its links, and leaves the others', async () => {
      const { gone, kept, collection } = await clipEverywhere(
        'Quorvend',
        'The ferry to Lindholm sailed again on Tuesday after a week of storms.',
      );
      await ok('clips.trash', { ids: [gone] });
      expect(await ok('trash.purge', { ids: [gone] })).toEqual({ purged: [gone] });

      expect(await refused('clips.get', { id: gone })).toMatch(/There is no clip/);
      expect((await ok<ClipPage>('clips.list', { trashed: true })).total).toBe(0);
      expect((await ok<SearchResult>('search.query', { query: 'Quorvend' })).total).toBe(0);
      expect((await ok<ClipPage>('clips.list', { collectionId: collection })).items.map((c) => c.id)).toEqual([kept]);
      expect(await ok<unknown[]>('comparisons.list', { collectionId: collection })).toEqual([]);
      expect((await ok<Tag[]>('tags.list', {})).find((tag) => tag.name === 'industry/Quorvend')?.count).toBe(1);
      expect((await ok<EntityCount[]>('indexes.entities', { kind: 'person' })).map((e) => e.name)).not.toContain('Edda Quorvend');
    });

    it('empties the Trash, refuses to delete for good a clip that is not in it, and keeps the others', async () => {
      const { gone, kept } = await clipEverywhere('Brannock', 'The night train to Ostvik ran again on Friday after the snow was cleared.');
      expect(await refused('trash.purge', { ids: [gone] })).toMatch(/not in the Trash.*Move it to the Trash first/);
      expect((await ok<Clip>('clips.get', { id: gone })).id).toBe(gone);
      await ok('clips.trash', { ids: [gone] });
      expect(await ok('trash.empty', {})).toEqual({ purged: [gone] });
      expect(await ok('trash.empty', {})).toEqual({ purged: [] });
      expect((await ok<ClipPage>('clips.list', {})).items.map((c) => c.id)).toContain(kept);
      expect(await refused('trash.purge', { ids: [gone] })).toMatch(/There is no clip/);
    });
  });
}
