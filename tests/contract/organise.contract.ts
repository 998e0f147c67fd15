import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipPage, SavedClip, SearchResult, Clip } from '../../electron/shared/models/clip.js';
import type { Collection, DeletedTag, Highlight, Tag } from '../../electron/shared/models/organise.js';
import { failed, succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** Tags, collections, search by field, highlights and indexes, on whichever library the connections open. */
export function describeOrganise(connections: readonly Connection[]): void {
  describe.each(connections)('organising the library %s', (_name, connect) => {
    let t: TransportUnderTest;
    const ids = { grain: 0, port: 0, bridge: 0 };

    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
    const err = async (method: string, args: unknown) => (await failed(t, method, args)).message;
    const found = async (query: string, extra: object = {}) =>
      (await ok<SearchResult>('search.query', { query, sort: 'date-desc', ...extra })).hits.map((h) => h.id).sort((a, b) => a - b);

    beforeAll(async () => {
      t = await connect();
      const add = async (key: keyof typeof ids, text: string, draft: object) => {
        ids[key] = (await ok<SavedClip>('clips.create', { text, draft })).id;
      };
      await add('grain', 'Grain ships left Odesa under escort on Monday.', {
        title: 'Grain corridor reopens',
        date: '2023-07-03',
        source: 'Reuters',
        language: 'en',
        people: ['Olena Petrenko'],
        places: ['Odesa'],
        quotes: [{ speaker: 'Olena Petrenko', text: 'The corridor is open again.' }],
      });
      await add('port', 'Port workers in Rotterdam voted to strike over pay.', {
        title: 'Rotterdam strike vote',
        date: '2022-11-20',
        source: 'AP',
        language: 'en',
        places: ['Rotterdam'],
      });
      await add('bridge', '杭州新建的跨江大桥今天正式通车，市民纷纷前来参观。', {
        title: '杭州大桥通车',
        date: '2024-04-12',
        source: '新华社',
        language: 'zh',
        places: ['杭州'],
      });
    });
    afterAll(async () => t.close());

    it('applies hierarchical tags to many clips at once and counts them', async () => {
      await ok('tags.apply', { clipIds: [ids.grain, ids.port], names: ['region/europe/ukraine', 'follow-up'] });
      await ok('tags.apply', { clipIds: [ids.port], names: [' region / europe / netherlands '] });
      const tags = await ok<Tag[]>('tags.list', {});
      expect(tags.map((x) => [x.name, x.count])).toEqual([
        ['follow-up', 2],
        ['region/europe/netherlands', 1],
        ['region/europe/ukraine', 2],
      ]);
      expect(await found('tag:region')).toEqual([ids.grain, ids.port]);
      expect(await found('tag:region/europe/netherlands')).toEqual([ids.port]);
      expect(await found('-tag:follow-up')).toEqual([ids.bridge]);
    });

    it('renames a tag with its children following, and merges into an existing one', async () => {
      await ok('tags.rename', { from: 'region/europe', to: 'area/eu' });
      let names = (await ok<Tag[]>('tags.list', {})).map((x) => x.name);
      expect(names).toEqual(['area/eu/netherlands', 'area/eu/ukraine', 'follow-up']);
      await ok('tags.merge', { from: 'area/eu/netherlands', into: 'area/eu/ukraine' });
      const tags = await ok<Tag[]>('tags.list', {});
      expect(tags.map((x) => [x.name, x.count])).toEqual([
        ['area/eu/ukraine', 2],
        ['follow-up', 2],
      ]);
      expect(await err('tags.rename', { from: 'area', to: 'area/inner' })).toMatch(/inside itself/);
      names = tags.map((x) => x.name);
      expect(names).not.toContain('area/eu/netherlands');
    });

    it('deletes a tag and can undo it exactly', async () => {
      const { removed } = await ok<{ removed: DeletedTag[] }>('tags.delete', { name: 'follow-up' });
      expect((await ok<Tag[]>('tags.list', {})).map((x) => x.name)).toEqual(['area/eu/ukraine']);
      await ok('tags.restore', { removed });
      expect((await ok<Tag[]>('tags.list', {})).find((x) => x.name === 'follow-up')?.count).toBe(2);
    });

    let briefs: Collection;
    let ukraine: Collection;
    it('nests collections, keeps a hand-made order, and lets a clip be in several', async () => {
      briefs = await ok<Collection>('collections.create', { name: 'Briefs', description: 'Weekly briefing for the minister.' });
      ukraine = await ok<Collection>('collections.create', { name: 'Ukraine', parentId: briefs.id });
      await ok('collections.addClips', { id: ukraine.id, clipIds: [ids.grain, ids.port, ids.bridge] });
      await ok('collections.addClips', { id: briefs.id, clipIds: [ids.grain] });
      const order = await ok<{ clipIds: number[] }>('collections.moveClip', { id: ukraine.id, clipId: ids.bridge, index: 0 });
      expect(order.clipIds).toEqual([ids.bridge, ids.grain, ids.port]);
      const again = await ok<{ clipIds: number[] }>('collections.moveClip', { id: ukraine.id, clipId: ids.port, index: 1 });
      expect(again.clipIds).toEqual([ids.bridge, ids.port, ids.grain]);
      const page = await ok<ClipPage>('clips.list', { collectionId: ukraine.id });
      expect(page.items.map((c) => c.id)).toEqual([ids.bridge, ids.port, ids.grain]);
      const clip = await ok<Clip>('clips.get', { id: ids.grain });
      expect(clip.collectionIds).toEqual([briefs.id, ukraine.id]);
      expect(await found('collection:Ukraine')).toEqual([ids.grain, ids.port, ids.bridge].sort((a, b) => a - b));
    });

    it('refuses to move a collection into its own descendant', async () => {
      expect(await err('collections.move', { id: briefs.id, parentId: ukraine.id, index: 0 })).toMatch(
        /into itself or into one of its own/,
      );
    });

    it('keeps smart collections up to date with their search', async () => {
      const smart = await ok<Collection>('collections.create', { name: 'Strikes', query: 'strike' });
      expect(smart.count).toBe(1);
      await ok('clips.create', { text: 'Dock workers in Antwerp strike too.', draft: { title: 'Antwerp joins strike' } });
      const all = await ok<Collection[]>('collections.list', {});
      expect(all.find((c) => c.id === smart.id)?.count).toBe(2);
      expect(await err('collections.addClips', { id: smart.id, clipIds: [ids.grain] })).toMatch(/smart collection/);
    });

    it('searches by field: person, said, lang, source and dates', async () => {
      expect(await found('person:Petrenko')).toEqual([ids.grain]);
      expect(await found('said:"Olena Petrenko"')).toEqual([ids.grain]);
      expect(await found('lang:zh')).toEqual([ids.bridge]);
      expect(await found('source:reuters')).toEqual([ids.grain]);
      expect(await found('after:2022 before:2024')).toEqual([ids.grain]);
      expect(await found('on:2022-11')).toEqual([ids.port]);
      expect(await found('strike -Antwerp')).toEqual([ids.port]);
    });

    it('finds Chinese text by any part of a word', async () => {
      expect(await found('跨江大桥')).toEqual([ids.bridge]);
      expect(await found('通车')).toEqual([ids.bridge]);
      const hit = (await ok<SearchResult>('search.query', { query: '大桥' })).hits[0]!;
      expect(hit.snippet).toContain('\u0002大桥\u0003');
    });

    it('counts facets over all matches', async () => {
      const r = await ok<SearchResult>('search.query', { query: 'tag:area', facets: true });
      expect(r.facets?.sources).toEqual(
        expect.arrayContaining([
          { value: 'Reuters', count: 1 },
          { value: 'AP', count: 1 },
        ]),
      );
      expect(r.facets?.years.map((y) => y.value)).toEqual(['2023', '2022']);
    });

    it('counts facets for plain words without the clips in the trash', async () => {
      const extra = await ok<SavedClip>('clips.create', {
        text: 'Another strike report from the docks.',
        draft: { source: 'AP', date: '2021-05-01' },
      });
      let r = await ok<SearchResult>('search.query', { query: 'strike', facets: true });
      expect(r.facets?.sources.find((f) => f.value === 'AP')?.count).toBe(2);
      expect(r.facets?.years.map((y) => y.value)).toContain('2021');
      await ok('clips.trash', { ids: [extra.id] });
      r = await ok<SearchResult>('search.query', { query: 'strike', facets: true });
      expect(r.facets?.sources.find((f) => f.value === 'AP')?.count).toBe(1);
      expect(r.facets?.years.map((y) => y.value)).not.toContain('2021');
      expect(r.hits.map((h) => h.id)).not.toContain(extra.id);
    });

    it('tells the user about a query it could not read, and still searches', async () => {
      const r = await ok<SearchResult>('search.query', { query: 'grain before:last-week' });
      expect(r.notice).toMatch(/not a date/);
      expect(r.hits.map((h) => h.id)).toEqual([ids.grain]);
    });

    it('keeps highlights with notes, found by has:', async () => {
      const h = await ok<Highlight>('highlights.add', {
        clipId: ids.port,
        exact: 'voted to strike',
        prefix: 'Rotterdam ',
        suffix: ' over',
        start: 22,
        end: 37,
        note: 'check the union figures',
      });
      expect(h.color).toBe('yellow');
      expect(await found('has:highlights')).toEqual([ids.port]);
      expect(await found('has:notes')).toEqual([ids.port]);
      await ok('highlights.update', { id: h.id, color: 'green' });
      const clip = await ok<Clip>('clips.get', { id: ids.port });
      expect(clip.highlights.map((x) => [x.exact, x.color, x.note])).toEqual([['voted to strike', 'green', 'check the union figures']]);
      await ok('highlights.delete', { id: h.id });
      expect(await found('has:highlights')).toEqual([]);
    });

    it('lists people, places and quotes as indexes', async () => {
      expect(await ok('indexes.entities', { kind: 'place' })).toEqual(
        expect.arrayContaining([
          { name: 'Odesa', count: 1 },
          { name: 'Rotterdam', count: 1 },
        ]),
      );
      const quotes = await ok<{ items: { speaker: string; text: string; clipId: number }[] }>('indexes.quotes', { speaker: 'Petrenko' });
      expect(quotes.items).toEqual([
        expect.objectContaining({ speaker: 'Olena Petrenko', text: 'The corridor is open again.', clipId: ids.grain }),
      ]);
      expect(await ok('indexes.timeline', {})).toEqual(expect.arrayContaining([{ month: '2023-07', count: 1 }]));
    });
  });
}
