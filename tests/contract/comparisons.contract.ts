import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import type { Collection } from '../../electron/shared/models/organise.js';
import type { AddedComparison, RemovedComparison, SavedComparison } from '../../electron/shared/models/saved-comparison.js';
import { failed, succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** Comparisons kept in collections, on whichever library the connections open. */
export function describeComparisons(connections: readonly Connection[]): void {
  describe.each(connections)('comparisons kept in collections %s', (_name, connect) => {
    let t: TransportUnderTest;
    const clip = { reuters: 0, ap: 0, bbc: 0 };
    const col = { briefs: 0, other: 0, smart: 0 };

    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
    const err = (method: string, args: unknown) => failed(t, method, args);
    const titles = async (collectionId: number) => (await ok<SavedComparison[]>('comparisons.list', { collectionId })).map((c) => c.title);

    beforeAll(async () => {
      t = await connect();
      const add = async (text: string, title: string, source: string) =>
        (await ok<SavedClip>('clips.create', { text, draft: { title, source, language: 'en' } })).id;
      clip.reuters = await add('Grain ships left Odesa under naval escort on Monday.', 'Grain corridor reopens', 'Reuters');
      clip.ap = await add('Ships carrying grain sailed from Odesa on Monday with an escort.', 'Grain ships sail from Odesa', 'AP');
      clip.bbc = await add('Port workers in Rotterdam voted to strike over pay.', 'Rotterdam strike vote', 'BBC');
      col.briefs = (await ok<Collection>('collections.create', { name: 'Briefs' })).id;
      col.other = (await ok<Collection>('collections.create', { name: 'Other' })).id;
      col.smart = (await ok<Collection>('collections.create', { name: 'Grain news', query: 'grain' })).id;
    });
    afterAll(async () => t.close());

    it('adds a comparison titled "A — B" and lists it with both sides', async () => {
      const r = await ok<AddedComparison>('comparisons.add', { collectionId: col.briefs, a: clip.reuters, b: clip.ap });
      expect(r.added).toBe(true);
      expect(r.comparison.title).toBe('Grain corridor reopens — Grain ships sail from Odesa');
      expect(r.comparison.a).toMatchObject({ id: clip.reuters, title: 'Grain corridor reopens', source: 'Reuters' });
      expect(r.comparison.b).toMatchObject({ id: clip.ap, source: 'AP' });
      expect(await ok<SavedComparison[]>('comparisons.list', { collectionId: col.briefs })).toEqual([r.comparison]);
    });

    it('does not add the same pair twice, in either order', async () => {
      const again = await ok<AddedComparison>('comparisons.add', { collectionId: col.briefs, a: clip.reuters, b: clip.ap });
      const reversed = await ok<AddedComparison>('comparisons.add', { collectionId: col.briefs, a: clip.ap, b: clip.reuters });
      expect([again.added, reversed.added]).toEqual([false, false]);
      expect(reversed.comparison.a.id).toBe(clip.reuters);
      expect(await titles(col.briefs)).toHaveLength(1);
    });

    it('keeps a given title, and orders, moves and removes comparisons', async () => {
      const second = await ok<AddedComparison>('comparisons.add', {
        collectionId: col.briefs,
        a: clip.ap,
        b: clip.bbc,
        title: '  Odesa against Rotterdam ',
      });
      expect(second.comparison.title).toBe('Odesa against Rotterdam');
      expect(await titles(col.briefs)).toEqual(['Grain corridor reopens — Grain ships sail from Odesa', 'Odesa against Rotterdam']);
      const moved = await ok<SavedComparison[]>('comparisons.move', {
        collectionId: col.briefs,
        comparisonId: second.comparison.id,
        index: 0,
      });
      expect(moved.map((c) => c.title)).toEqual(['Odesa against Rotterdam', 'Grain corridor reopens — Grain ships sail from Odesa']);

      const removed = await ok<RemovedComparison>('comparisons.remove', { collectionId: col.briefs, comparisonId: second.comparison.id });
      expect(removed.index).toBe(0);
      expect(await titles(col.briefs)).toEqual(['Grain corridor reopens — Grain ships sail from Odesa']);
      // Undo: added back with its title at its old place.
      const back = await ok<AddedComparison>('comparisons.add', {
        collectionId: col.briefs,
        a: removed.comparison.a.id,
        b: removed.comparison.b.id,
        title: removed.comparison.title,
        index: removed.index,
      });
      expect(back.added).toBe(true);
      expect(await titles(col.briefs)).toEqual(['Odesa against Rotterdam', 'Grain corridor reopens — Grain ships sail from Odesa']);
    });

    it('renames a pair, and an empty title goes back to "A — B"', async () => {
      const [kept] = await ok<SavedComparison[]>('comparisons.list', { collectionId: col.briefs });
      expect((await ok<SavedComparison>('comparisons.rename', { id: kept!.id, title: ' Odesa, two ways ' })).title).toBe('Odesa, two ways');
      expect(await titles(col.briefs)).toContain('Odesa, two ways');
      const reset = await ok<SavedComparison>('comparisons.rename', { id: kept!.id, title: '' });
      expect(reset.title).toBe(`${reset.a.title} — ${reset.b.title}`);
      await ok('comparisons.rename', { id: kept!.id, title: 'Odesa against Rotterdam' });
      expect((await err('comparisons.rename', { id: 9_999, title: 'x' })).code).toBe('not_found');
    });

    it('shares one pair between collections, and hides it while a clip is in the trash', async () => {
      const inOther = await ok<AddedComparison>('comparisons.add', { collectionId: col.other, a: clip.reuters, b: clip.ap });
      const inBriefs = (await ok<SavedComparison[]>('comparisons.list', { collectionId: col.briefs }))[1]!;
      expect(inOther.comparison.id).toBe(inBriefs.id);
      await ok('clips.trash', { ids: [clip.ap] });
      expect(await titles(col.other)).toEqual([]);
      expect(await titles(col.briefs)).toEqual([]);
      await ok('clips.restore', { ids: [clip.ap] });
      expect(await titles(col.other)).toHaveLength(1);
      await ok('comparisons.remove', { collectionId: col.other, comparisonId: inOther.comparison.id });
      expect(await titles(col.briefs)).toHaveLength(2);
    });

    it('moves by the places shown, whatever pairs the trash hides', async () => {
      const inBriefs = await ok<SavedComparison[]>('comparisons.list', { collectionId: col.briefs });
      const third = await ok<AddedComparison>('comparisons.add', {
        collectionId: col.briefs,
        a: clip.reuters,
        b: clip.bbc,
        title: 'Third',
      });
      await ok('clips.trash', { ids: [clip.ap] });
      // Only "Third" is shown; the two AP pairs are hidden before it.
      expect(await titles(col.briefs)).toEqual(['Third']);
      await ok('comparisons.move', { collectionId: col.briefs, comparisonId: third.comparison.id, index: 0 });
      await ok('clips.restore', { ids: [clip.ap] });
      expect(await titles(col.briefs)).toEqual([...inBriefs.map((c) => c.title), 'Third']);
      const moved = await ok<SavedComparison[]>('comparisons.move', {
        collectionId: col.briefs,
        comparisonId: third.comparison.id,
        index: 1,
      });
      expect(moved.map((c) => c.title)).toEqual([inBriefs[0]!.title, 'Third', inBriefs[1]!.title]);
      await ok('comparisons.remove', { collectionId: col.briefs, comparisonId: third.comparison.id });
    });

    it('refuses bad input with a message that says what to do', async () => {
      const self = await err('comparisons.add', { collectionId: col.briefs, a: clip.ap, b: clip.ap });
      expect(self.code).toBe('bad_input');
      expect(self.message).toMatch(/cannot be compared with itself.*two different clips/);

      const missing = await err('comparisons.add', { collectionId: col.briefs, a: clip.ap, b: 9_999 });
      expect(missing.code).toBe('not_found');
      expect(missing.message).toMatch(/no clip 9999/);

      const smart = await err('comparisons.add', { collectionId: col.smart, a: clip.reuters, b: clip.ap });
      expect(smart.code).toBe('bad_input');
      expect(smart.message).toMatch(/Grain news is a smart collection.*regular collection/);

      expect((await err('comparisons.add', { collectionId: 9_999, a: clip.reuters, b: clip.ap })).code).toBe('not_found');
      expect((await err('comparisons.list', { collectionId: 9_999 })).code).toBe('not_found');
      expect((await err('comparisons.add', { collectionId: col.briefs, a: 'one', b: clip.ap })).code).toBe('bad_input');
      expect((await err('comparisons.move', { collectionId: col.briefs, comparisonId: 9_999, index: 0 })).message).toMatch(
        /not in this collection/,
      );
      expect((await err('comparisons.remove', { collectionId: col.other, comparisonId: 9_999 })).code).toBe('not_found');

      await ok('clips.trash', { ids: [clip.bbc] });
      expect((await err('comparisons.add', { collectionId: col.other, a: clip.reuters, b: clip.bbc })).message).toMatch(
        /in the trash.*Restore/,
      );
      await ok('clips.restore', { ids: [clip.bbc] });
    });
  });
}
