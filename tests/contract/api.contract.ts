import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip, ClipPage, SavedClip, SearchResult } from '../../electron/shared/models/clip.js';
import type { ClipDraft } from '../../electron/shared/models/clip-draft.js';
import { corpusText } from '../support/fixtures.js';
import { FERRY_FIRE, FERRY_FIRE_REWRITTEN } from '../support/rewritten-story.js';
import { succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** The same suite over every transport and engine: each must behave exactly like the core. */
export function describeApi(connections: readonly Connection[]): void {
  describe.each(connections)('the API %s', (_name, connect) => {
    let t: TransportUnderTest;
    beforeAll(async () => {
      t = await connect();
    });
    afterAll(async () => t.close());

    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);

    const seed = corpusText('seed');

    it('parses a paste without saving it', async () => {
      const draft = await ok<ClipDraft>('clips.parse', { text: seed });
      expect(draft.date).toBe('2022-12-30');
      expect(draft.dateline).toBe('Kyiv');
      expect(draft.paragraphs.length).toBeGreaterThan(5);
      expect((await ok<ClipPage>('clips.list', {})).total).toBe(0);
    });

    let saved: SavedClip;
    it('saves a clip and reads it back, keeping the original paste unchanged', async () => {
      saved = await ok<SavedClip>('clips.create', { text: seed });
      expect(saved.id).toBeGreaterThan(0);
      expect(saved.duplicateOf).toBeNull();
      const clip = await ok<Clip>('clips.get', { id: saved.id });
      expect(clip.raw).toBe(seed);
      expect(clip.rawSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(clip.paragraphs).toEqual(saved.paragraphs);
    });

    it('keeps the fields the user corrected in the review step', async () => {
      const edited = await ok<SavedClip>('clips.create', {
        text: 'A short note on the harbour strike.\n\nIt went on for a week.',
        draft: { title: 'Harbour strike', source: 'The Ledger', byline: ['Ann Lee'], places: ['Gdańsk'] },
      });
      const clip = await ok<Clip>('clips.get', { id: edited.id });
      expect(clip).toMatchObject({ title: 'Harbour strike', source: 'The Ledger', byline: ['Ann Lee'], places: ['Gdańsk'] });
    });

    it('reports an exact duplicate of a saved clip', async () => {
      const draft = await ok<ClipDraft>('clips.parse', { text: seed.replace(/\n/g, '\r\n') });
      expect(draft.duplicateOf).toMatchObject({ id: saved.id, similarity: 1 });
    });

    it('reports the story updated with paragraphs added as another version of the saved clip', async () => {
      const update = [
        'Later on Friday, officials in both capitals said the leaders had agreed to speak again before the end of January, and that their foreign ministers would meet in the coming weeks to prepare a visit.',
        'A spokesman declined to say whether energy supplies had been discussed in detail, telling reporters only that the conversation had covered trade, security and the situation on the ground, and that a written summary would follow.',
        'Analysts said the timing of the call, days before the new year, was meant to show that the partnership remained close despite the pressure of sanctions. Several noted that the tone of the statements released afterwards was warmer than at the previous meeting in the autumn.',
        'Markets barely reacted to the news. The rouble was steady against the dollar in late trading, and oil prices were little changed by the evening.',
      ].join('\n\n');
      const draft = await ok<ClipDraft>('clips.parse', { text: `${seed}\n\n${update}` });
      expect(draft.duplicateOf).toMatchObject({ id: saved.id, contained: true });
      expect(draft.duplicateOf!.similarity).toBeLessThan(0.8);
    });

    it('reports a story rewritten under its headline as another version, which then names the outlet of the one before', async () => {
      const first = await ok<SavedClip>('clips.create', { text: FERRY_FIRE, draft: { source: 'Example Courier' } });
      const draft = await ok<ClipDraft>('clips.parse', { text: FERRY_FIRE_REWRITTEN });
      expect(draft.duplicateOf).toMatchObject({ id: first.id, rewritten: true });
      expect(draft.duplicateOf!.similarity).toBeLessThan(0.55);
      expect(draft.source).toBeNull();
      // Saved as the new version, it names the outlet of the one before, its paste naming none.
      const version = await ok<SavedClip>('clips.create', { text: FERRY_FIRE_REWRITTEN, versionOf: first.id });
      expect(version.source).toBe('Example Courier');
      await ok('clips.trash', { ids: [first.id, version.id] });
      await ok('trash.purge', { ids: [first.id, version.id] });
    });

    it('lists clips newest first and finds them by search', async () => {
      const page = await ok<ClipPage>('clips.list', {});
      expect(page.total).toBe(2);
      expect(page.items[1]).toMatchObject({ id: saved.id, date: '2022-12-30', dateline: 'Kyiv' });
      const result = await ok<SearchResult>('search.query', { query: 'Putin' });
      expect(result.hits.map((h) => h.id)).toEqual([saved.id]);
      expect(result.hits[0]!.snippet).toContain('\u0002Putin\u0003');
    });

    it('updates fields and keeps the paste', async () => {
      const clip = await ok<Clip>('clips.update', { id: saved.id, fields: { title: 'Putin and Xi talk', notes: 'for the Monday brief' } });
      expect(clip.title).toBe('Putin and Xi talk');
      expect(clip.notes).toBe('for the Monday brief');
      expect(clip.raw).toBe(seed);
    });

    it('moves clips to the trash and back', async () => {
      expect(await ok('clips.trash', { ids: [saved.id] })).toEqual({ trashed: [saved.id] });
      expect((await ok<ClipPage>('clips.list', {})).total).toBe(1);
      expect((await ok<ClipPage>('clips.list', { trashed: true })).items.map((c) => c.id)).toEqual([saved.id]);
      expect(await ok('clips.restore', { ids: [saved.id] })).toEqual({ restored: [saved.id] });
      expect((await ok<ClipPage>('clips.list', {})).total).toBe(2);
    });

    it.each([
      ['an empty paste', 'clips.parse', { text: '   \n\t ' }, 'bad_input', /empty/],
      ['a missing argument', 'clips.get', {}, 'bad_input', /id/],
      ['a wrong type', 'clips.get', { id: 'seven' }, 'bad_input', /id/],
      ['a clip that does not exist', 'clips.get', { id: 999999 }, 'not_found', /no clip 999999/],
      ['an unknown method', 'clips.explode', {}, 'unknown_method', /clips\.explode/],
      ['a paste over the limit', 'clips.parse', { text: 'x'.repeat(5_000_001) }, 'bad_input', /too large/],
    ])('answers %s with a clear error', async (_what, method, args, code, message) => {
      const r = await t.invoke(method, args);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message).toMatch(message);
      }
    });

    it('leaves nothing half-written after a failed save', async () => {
      const before = (await ok<ClipPage>('clips.list', {})).total;
      const r = await t.invoke('clips.create', { text: 'Some text', versionOf: 424242 });
      expect(r.ok).toBe(false);
      expect((await ok<ClipPage>('clips.list', {})).total).toBe(before);
    });

    it('starts a snippet a few words before its match, so a list row shows the match', async () => {
      const text = [
        'Crofters on the island argue about turbines.',
        'More than two hundred people crowded into the village hall on Thursday night for a long and heated meeting about the plan, and many left before the end. One of them put it plainly: if the island says no, the money goes somewhere else and the gale still blows.',
      ].join('\n\n');
      await ok('clips.create', { text });
      const hit = (await ok<SearchResult>('search.query', { query: 'gale' })).hits[0]!;
      const before = hit.snippet.slice(0, hit.snippet.indexOf('\u0002gale\u0003'));
      expect(before.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(7);
    });
  });
}
