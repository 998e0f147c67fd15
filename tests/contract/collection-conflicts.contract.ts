import { beforeAll, describe, expect, it } from 'vitest';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import type { Collection } from '../../electron/shared/models/organise.js';
import { answered, refused, twoMembers } from '../support/two-members.js';
import type { Connection } from '../support/engine-transports.js';

const article = (n: number) =>
  `Canal report ${n}\n\nFENNICK, 2 May 2025 - The canal trust published its report number ${n} on the locks on Friday.`;

/**
 * Two people organising one collection: a rename, a move or a reorder of its clips names the
 * version of the collection it read, and one made against a version someone else has since
 * changed is refused, naming who and when, with nothing written.
 */
export function describeCollectionConflicts(connections: readonly Connection[]): void {
  describe.each(connections)('changing a collection someone else changed %s', (_name, connect) => {
    const { ana, bo, team } = twoMembers(connect);
    let clipIds: number[];
    beforeAll(async () => {
      clipIds = [];
      for (const n of [1, 2, 3]) clipIds.push((await answered<SavedClip>(ana, 'clips.create', { text: article(n) })).id);
    });
    const fresh = async (name: string) => {
      const made = await answered<Collection>(ana, 'collections.create', { name });
      await answered(ana, 'collections.addClips', { id: made.id, clipIds });
      return (await answered<Collection[]>(bo, 'collections.list', {})).find((c) => c.id === made.id)!;
    };
    const current = async (id: number) => (await answered<Collection[]>(bo, 'collections.list', {})).find((c) => c.id === id)!;
    const who = () =>
      team() ? 'Ana Ruiz changed this collection' : 'This collection was changed in another window or by the command line';

    it('renames against the version read, and refuses a rename read before, naming who renamed it and keeping their name', async () => {
      const collection = await fresh('Locks');
      const renamed = await answered<Collection>(ana, 'collections.update', {
        id: collection.id,
        name: 'Canal locks',
        version: collection.version,
      });
      expect(renamed.version).toBeGreaterThan(collection.version);
      const error = await refused(bo, 'collections.update', { id: collection.id, name: 'Lock gates', version: collection.version });
      expect(error.code).toBe('stale_version');
      expect(error.message).toMatch(new RegExp(`^${who()} at \\d\\d:\\d\\d UTC; your edit was not saved\\.`));
      expect(error.changed?.by).toBe(team() ? 'Ana Ruiz' : null);
      expect((await current(collection.id)).name).toBe('Canal locks');
    });

    it('counts a reorder of its clips as a change, and refuses a reorder read before it, leaving the order as it was', async () => {
      const collection = await fresh('Canal reports');
      const moved = await answered<{ clipIds: number[] }>(ana, 'collections.moveClip', {
        id: collection.id,
        clipId: clipIds[2],
        index: 0,
        version: collection.version,
      });
      const after = await current(collection.id);
      expect(after.version).toBeGreaterThan(collection.version);
      expect(
        (await refused(bo, 'collections.moveClip', { id: collection.id, clipId: clipIds[0], index: 2, version: collection.version })).code,
      ).toBe('stale_version');
      expect(await answered(bo, 'collections.clipIds', { id: collection.id })).toEqual(moved.clipIds);
      expect((await refused(bo, 'collections.update', { id: collection.id, description: 'late', version: collection.version })).code).toBe(
        'stale_version',
      );
      await answered(bo, 'collections.moveClip', { id: collection.id, clipId: clipIds[0], index: 2, version: after.version });
    });

    it('refuses a move read before someone else moved the collection, and leaves it where they put it', async () => {
      const parent = await fresh('Waterways');
      const collection = await fresh('Weirs');
      await answered(ana, 'collections.move', { id: collection.id, parentId: parent.id, index: 0, version: collection.version });
      expect(
        (await refused(bo, 'collections.move', { id: collection.id, parentId: null, index: 0, version: collection.version })).code,
      ).toBe('stale_version');
      expect((await current(collection.id)).parentId).toBe(parent.id);
    });

    it('counts renumbering the siblings of a moved collection as a change by the mover', async () => {
      const parent = await fresh('Bridges');
      const sibling = await fresh('Swing bridges');
      await answered(ana, 'collections.move', { id: sibling.id, parentId: parent.id, index: 0, version: sibling.version });
      const read = await current(sibling.id);
      const incoming = await fresh('Lift bridges');
      await answered(ana, 'collections.move', { id: incoming.id, parentId: parent.id, index: 0, version: incoming.version });
      const error = await refused(bo, 'collections.update', { id: sibling.id, name: 'Bascule bridges', version: read.version });
      expect(error.code).toBe('stale_version');
      expect(error.message).toMatch(new RegExp(`^${who()} at `));
      expect((await current(sibling.id)).name).toBe('Swing bridges');
    });
  });
}
