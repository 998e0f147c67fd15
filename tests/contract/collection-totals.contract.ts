import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import type { Collection } from '../../electron/shared/models/organise.js';
import { succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** Collection totals in the sidebar, on whichever library the connections open. */
export function describeCollectionTotals(connections: readonly Connection[]): void {
  describe.each(connections)('collection totals %s', (_name, connect) => {
    let t: TransportUnderTest;
    const ids: number[] = [];
    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
    const byName = async (name: string) => (await ok<Collection[]>('collections.list', {})).find((c) => c.name === name)!;

    beforeAll(async () => {
      t = await connect();
      for (const word of ['harbour', 'orchard', 'tramway', 'lighthouse']) {
        ids.push(
          (
            await ok<SavedClip>('clips.create', {
              text: `A made-up story about the ${word} of Vellmar, told in a few plain words.`,
              draft: { title: `The ${word}` },
            })
          ).id,
        );
      }
    });
    afterAll(async () => t.close());

    it('counts a parent’s clips with its sub-collections’, each clip once, smart ones included, trashed ones not', async () => {
      const towns = await ok<Collection>('collections.create', { name: 'Towns' });
      const ports = await ok<Collection>('collections.create', { name: 'Ports', parentId: towns.id });
      const deep = await ok<Collection>('collections.create', { name: 'Lights', parentId: ports.id });
      await ok('collections.create', { name: 'Trams', parentId: towns.id, query: 'tramway' });
      await ok('collections.addClips', { id: towns.id, clipIds: [ids[0]] });
      await ok('collections.addClips', { id: ports.id, clipIds: [ids[0], ids[1]] });
      await ok('collections.addClips', { id: deep.id, clipIds: [ids[3]] });

      expect(await byName('Towns')).toMatchObject({ count: 1, total: 4 });
      expect(await byName('Ports')).toMatchObject({ count: 2, total: 3 });
      expect(await byName('Lights')).toMatchObject({ count: 1, total: 1 });
      expect(await byName('Trams')).toMatchObject({ count: 1, total: 1 });

      await ok('clips.trash', { ids: [ids[3]] });
      expect(await byName('Towns')).toMatchObject({ count: 1, total: 3 });
      expect(await byName('Ports')).toMatchObject({ count: 2, total: 2 });
    });
  });
}
