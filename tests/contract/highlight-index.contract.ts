import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedClip } from '../../electron/shared/models/clip.js';
import type { Highlight, HighlightPage } from '../../electron/shared/models/organise.js';
import { succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** The Highlights index: every highlight of the live clips, newest first, filtered and paged, on whichever library the connections open. */
export function describeHighlightIndex(connections: readonly Connection[]): void {
  describe.each(connections)('the highlights index %s', (_name, connect) => {
    let t: TransportUnderTest;
    const clips = { harbour: 0, budget: 0, trashed: 0 };
    const marked: Record<string, Highlight> = {};

    const ok = <T>(method: string, args: unknown, as?: string) =>
      as && t.invokeAs
        ? t
            .invokeAs(as)(method, args)
            .then((r) => (r.ok ? (r.value as T) : Promise.reject(new Error(r.error.message))))
        : succeeded<T>(t, method, args);
    const all = (args: object = {}) => ok<HighlightPage>('highlights.all', args);
    const passages = (page: HighlightPage) => page.items.map((h) => h.exact);

    /** Marks `exact`, found in the clip's text, with the colour and note given. */
    async function mark(clipId: number, text: string, exact: string, color: string, note = '', as?: string) {
      const start = text.indexOf(exact);
      marked[exact] = await ok<Highlight>(
        'highlights.add',
        { clipId, exact, prefix: '', suffix: '', start, end: start + exact.length, color, note },
        as,
      );
    }

    beforeAll(async () => {
      t = await connect();
      const harbour = 'The harbour authority counted forty ships waiting offshore. Dockers expect the queue to clear by Friday.';
      const budget = 'The city budget sets aside 12 million for flood defences. Councillors will vote on it next month.';
      const trashed = 'A draft that was thrown away mentions forty ships too.';
      clips.harbour = (
        await ok<SavedClip>('clips.create', {
          text: harbour,
          draft: { title: 'Ships queue off the harbour', language: 'en', source: 'Coast Post' },
        })
      ).id;
      clips.budget = (
        await ok<SavedClip>('clips.create', { text: budget, draft: { title: 'Flood money in the budget', language: 'en' } })
      ).id;
      clips.trashed = (await ok<SavedClip>('clips.create', { text: trashed, draft: { title: 'Thrown away', language: 'en' } })).id;
      await mark(clips.harbour, harbour, 'forty ships waiting offshore', 'yellow', 'Check this figure against the port log', 'Ana Ruiz');
      await mark(clips.budget, budget, '12 million for flood defences', 'green');
      await mark(clips.harbour, harbour, 'clear by Friday', 'blue', 'Follow up on Friday');
      await mark(clips.trashed, trashed, 'forty ships', 'yellow', 'Check this one too');
      await ok('clips.trash', { ids: [clips.trashed] });
    });
    afterAll(async () => t.close());

    it('lists the live clips’ highlights newest first, with passage, note, colour and clip', async () => {
      const page = await all();
      expect(page.total).toBe(3);
      expect(page.totalCapped).toBeUndefined();
      expect(page.items.map((h) => [h.exact, h.color, h.note, h.clipId, h.clipTitle])).toEqual([
        ['clear by Friday', 'blue', 'Follow up on Friday', clips.harbour, 'Ships queue off the harbour'],
        ['12 million for flood defences', 'green', '', clips.budget, 'Flood money in the budget'],
        ['forty ships waiting offshore', 'yellow', 'Check this figure against the port log', clips.harbour, 'Ships queue off the harbour'],
      ]);
      const oldest = page.items[2]!;
      const made = marked['forty ships waiting offshore']!;
      // A team library names who made each highlight; a personal one has no authors.
      expect(oldest).toEqual({
        id: made.id,
        clipId: clips.harbour,
        exact: 'forty ships waiting offshore',
        color: 'yellow',
        note: 'Check this figure against the port log',
        createdAt: made.createdAt,
        author: t.invokeAs ? 'Ana Ruiz' : null,
        clipTitle: 'Ships queue off the harbour',
        language: 'en',
      });
    });

    it('filters by words in the passage or the note, by colour, and to those with notes', async () => {
      expect(passages(await all({ text: 'FRIDAY' }))).toEqual(['clear by Friday']);
      expect(passages(await all({ text: 'port log' }))).toEqual(['forty ships waiting offshore']);
      expect(passages(await all({ text: '100%' }))).toEqual([]);
      expect(passages(await all({ color: 'green' }))).toEqual(['12 million for flood defences']);
      expect(passages(await all({ withNotes: true }))).toEqual(['clear by Friday', 'forty ships waiting offshore']);
      const both = await all({ text: 'check', color: 'yellow', withNotes: true });
      expect([passages(both), both.total]).toEqual([['forty ships waiting offshore'], 1]);
      expect(await all({ color: 'purple' })).toEqual({ items: [], total: 0 });
    });

    it('pages, counting the whole list on each page', async () => {
      const first = await all({ limit: 2 });
      const second = await all({ limit: 2, offset: 2 });
      expect([passages(first), first.total]).toEqual([['clear by Friday', '12 million for flood defences'], 3]);
      expect([passages(second), second.total]).toEqual([['forty ships waiting offshore'], 3]);
      expect(await all({ limit: 2, offset: 4 })).toEqual({ items: [], total: 3 });
    });

    it('brings a clip’s highlights back when it leaves the trash, and forgets deleted ones', async () => {
      await ok('clips.restore', { ids: [clips.trashed] });
      expect((await all({ text: 'check' })).items.map((h) => h.clipId)).toEqual([clips.trashed, clips.harbour]);
      await ok('highlights.delete', { id: marked['forty ships']!.id });
      expect((await all()).total).toBe(3);
    });
  });
}
