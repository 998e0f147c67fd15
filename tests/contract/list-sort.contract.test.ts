import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipPage, SavedClip, SearchResult } from '../../electron/shared/models/clip.js';
import type { Collection } from '../../electron/shared/models/organise.js';
import { FIELD_SORTS } from '../../electron/shared/models/list-sort.js';
import { failed, inProcess, overHttp, succeeded, type TransportUnderTest } from '../support/transports.js';

/** Made-up stories: title, outlet, article date; clipped in this order. */
const STORIES: [string, string | null, string | null][] = [
  ['Ferry timetable changes in Vellmar', 'Harbour Gazette', '2023-05-02'],
  ['apple growers count frost damage', 'The Orchard Review', '2024-01-15'],
  ['Bridge tolls rise on Monday', null, '2022-11-30'],
  ['Zinc prices steady', 'Metals Weekly', null],
  ['Council approves river barrage', 'Harbour Gazette', '2024-01-15'],
];

describe.each([
  ['in-process', async () => inProcess()],
  ['over HTTP', overHttp],
])('sorting the list %s', (_name, connect) => {
  let t: TransportUnderTest;
  const ids: number[] = [];
  const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
  const listed = async (args: object) => (await ok<ClipPage>('clips.list', args)).items.map((c) => c.id);
  const titles = (order: number[]) => order.map((id) => STORIES[ids.indexOf(id)]![0]);

  beforeAll(async () => {
    t = await connect();
    for (const [title, source, date] of STORIES) {
      const text = `${title}. The story of the day from a made-up town, told in a few words about ${title.toLowerCase()}.`;
      ids.push((await ok<SavedClip>('clips.create', { text, draft: { title, source, date } })).id);
    }
  });
  afterAll(async () => t.close());

  it('orders All clips by article date, date clipped, source or title, either way, with blanks last', async () => {
    expect(titles(await listed({ sort: 'date-desc' }))).toEqual([
      'Council approves river barrage',
      'apple growers count frost damage',
      'Ferry timetable changes in Vellmar',
      'Bridge tolls rise on Monday',
      'Zinc prices steady',
    ]);
    expect(titles(await listed({ sort: 'date-asc' }))).toEqual([
      'Bridge tolls rise on Monday',
      'Ferry timetable changes in Vellmar',
      'apple growers count frost damage',
      'Council approves river barrage',
      'Zinc prices steady',
    ]);
    expect(await listed({ sort: 'clipped-asc' })).toEqual(ids);
    expect(await listed({ sort: 'clipped-desc' })).toEqual([...ids].reverse());
    expect(await listed({})).toEqual([...ids].reverse());
    expect(titles(await listed({ sort: 'source-asc' }))).toEqual([
      'Ferry timetable changes in Vellmar',
      'Council approves river barrage',
      'Zinc prices steady',
      'apple growers count frost damage',
      'Bridge tolls rise on Monday',
    ]);
    expect(titles(await listed({ sort: 'title-asc' }))).toEqual([
      'apple growers count frost damage',
      'Bridge tolls rise on Monday',
      'Council approves river barrage',
      'Ferry timetable changes in Vellmar',
      'Zinc prices steady',
    ]);
    expect(titles(await listed({ sort: 'title-desc' }))).toEqual([
      'Zinc prices steady',
      'Ferry timetable changes in Vellmar',
      'Council approves river barrage',
      'Bridge tolls rise on Monday',
      'apple growers count frost damage',
    ]);
  });

  it('pages a sorted list without repeating or skipping a clip, and select all gives the same order', async () => {
    for (const sort of FIELD_SORTS) {
      const whole = await listed({ sort });
      const paged = [
        ...(await listed({ sort, limit: 2 })),
        ...(await listed({ sort, limit: 2, offset: 2 })),
        ...(await listed({ sort, limit: 2, offset: 4 })),
      ];
      expect(paged, sort).toEqual(whole);
      expect(await ok<number[]>('clips.ids', { sort }), sort).toEqual(whole);
    }
  });

  it('sorts a collection, a tag, the Trash, a search and a smart collection, and keeps a collection’s own order on offer', async () => {
    const shelf = await ok<Collection>('collections.create', { name: 'Shelf' });
    await ok('collections.addClips', { id: shelf.id, clipIds: [ids[3], ids[0], ids[4]] });
    expect(await listed({ collectionId: shelf.id })).toEqual([ids[3], ids[0], ids[4]]);
    expect(await listed({ collectionId: shelf.id, sort: 'collection' })).toEqual([ids[3], ids[0], ids[4]]);
    expect(await listed({ collectionId: shelf.id, sort: 'title-asc' })).toEqual([ids[4], ids[0], ids[3]]);
    expect(await ok<number[]>('clips.ids', { collectionId: shelf.id, sort: 'title-asc' })).toEqual([ids[4], ids[0], ids[3]]);

    await ok('tags.apply', { clipIds: [ids[0], ids[1], ids[2]], names: ['topic/towns'] });
    expect(await listed({ tag: 'topic', sort: 'date-asc' })).toEqual([ids[2], ids[0], ids[1]]);
    expect(await ok<number[]>('clips.ids', { tag: 'topic', sort: 'date-asc' })).toEqual([ids[2], ids[0], ids[1]]);

    const hits = async (query: string, sort: string) => (await ok<SearchResult>('search.query', { query, sort })).hits.map((h) => h.id);
    expect(await hits('made-up', 'source-asc')).toEqual([ids[0], ids[4], ids[3], ids[1], ids[2]]);
    expect(await hits('tag:topic', 'title-desc')).toEqual([ids[0], ids[2], ids[1]]);
    expect(await ok<number[]>('clips.ids', { query: 'tag:topic', sort: 'title-desc' })).toEqual([ids[0], ids[2], ids[1]]);

    await ok('clips.trash', { ids: [ids[1], ids[2]] });
    expect(await listed({ trashed: true, sort: 'title-asc' })).toEqual([ids[1], ids[2]]);
    expect(await listed({ trashed: true, sort: 'title-desc' })).toEqual([ids[2], ids[1]]);
    await ok('clips.restore', { ids: [ids[1], ids[2]] });
  });

  it('remembers each view’s order with the library’s settings, and refuses an order it does not know', async () => {
    const saved = await ok<{ listSorts: Record<string, string> }>('settings.update', {
      patch: { listSorts: { all: 'title-asc', 'tag:topic': 'date-asc', search: 'relevance' } },
    });
    expect(saved.listSorts).toEqual({ all: 'title-asc', 'tag:topic': 'date-asc', search: 'relevance' });
    expect((await failed(t, 'settings.update', { patch: { listSorts: { all: 'newest' } } })).code).toBe('bad_input');
    expect((await ok<{ listSorts: Record<string, string> }>('settings.get', {})).listSorts.all).toBe('title-asc');
  });

  it('refuses a collection order where there is none, and relevance outside a search, saying what to do', async () => {
    expect((await failed(t, 'clips.list', { sort: 'collection' })).message).toMatch(/Collection order needs a collection/);
    expect((await failed(t, 'clips.ids', { sort: 'relevance' })).message).toMatch(/Only a search can be sorted by relevance/);
    expect((await failed(t, 'clips.ids', { query: 'town', sort: 'collection' })).message).toMatch(/no collection order/);
    expect((await failed(t, 'clips.list', { sort: 'newest' })).code).toBe('bad_input');
  });
});
