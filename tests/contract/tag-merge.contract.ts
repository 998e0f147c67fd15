import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import type { MovedTag, Tag } from '../../electron/shared/models/organise.js';
import { succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** Undoing a tag merge, on whichever library the connections open. */
export function describeTagMerge(connections: readonly Connection[]): void {
  describe.each(connections)('undoing a tag merge %s', (_name, connect) => {
    let t: TransportUnderTest;
    const ids: number[] = [];
    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
    /** Every tag with its colour and clips, to compare before and after. */
    const state = async () => {
      const tags = await ok<Tag[]>('tags.list', {});
      const clipsOf = async (name: string) => await ok<number[]>('clips.ids', { tag: name, sort: 'clipped-asc' });
      return Promise.all(tags.map(async (tag) => ({ name: tag.name, color: tag.color, count: tag.count, clips: await clipsOf(tag.name) })));
    };

    beforeAll(async () => {
      t = await connect();
      for (const word of ['harbour', 'orchard', 'tramway', 'lighthouse']) {
        ids.push(
          (await ok<SavedClip>('clips.create', { text: `A made-up story about the ${word} of Vellmar.`, draft: { title: `The ${word}` } }))
            .id,
        );
      }
    });
    afterAll(async () => t.close());

    it('puts both tags back as they were: names, colours, tags below, and which clips had which', async () => {
      await ok('tags.apply', { clipIds: [ids[0], ids[1]], names: ['places/ports'] });
      await ok('tags.apply', { clipIds: [ids[2]], names: ['places/ports/north'] });
      await ok('tags.apply', { clipIds: [ids[1], ids[3]], names: ['coast'] });
      await ok('tags.apply', { clipIds: [ids[3]], names: ['coast/north'] });
      await ok('tags.setColor', { name: 'places/ports', color: '#2f6fd0' });
      await ok('tags.setColor', { name: 'coast', color: '#d1453b' });
      const before = await state();

      const { moved, tags } = await ok<{ moved: MovedTag[]; tags: Tag[] }>('tags.merge', { from: 'places/ports', into: 'coast' });
      expect(tags.map((tag) => [tag.name, tag.count])).toEqual([
        ['coast', 3],
        ['coast/north', 2],
      ]);

      await ok('tags.unmerge', { moved });
      expect(await state()).toEqual(before);
    });
  });
}
