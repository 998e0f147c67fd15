import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedClip, SearchResult } from '../../electron/shared/models/clip.js';
import type { Collection } from '../../electron/shared/models/organise.js';
import { inProcess, overHttp, succeeded, type TransportUnderTest } from '../support/transports.js';

/**
 * The search language as the help describes it, through the API: OR, AND, NOT and parentheses
 * between field filters and words, in search and in smart collections; notices for what cannot
 * be read; words from their start and in their other forms; exact phrases; url:.
 */
describe.each([
  ['in-process', async () => inProcess()],
  ['over HTTP', overHttp],
])('the search language %s', (_name, connect) => {
  let t: TransportUnderTest;
  const ids = { veloriaOld: 0, veloriaNew: 0, ostland: 0, kestria: 0, rescue: 0 };

  const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
  const search = (query: string) => ok<SearchResult>('search.query', { query, sort: 'date-desc' });
  const found = async (query: string) => (await search(query)).hits.map((h) => h.id).sort((a, b) => a - b);

  beforeAll(async () => {
    t = await connect();
    const add = async (key: keyof typeof ids, text: string, draft: object) => {
      ids[key] = (await ok<SavedClip>('clips.create', { text, draft })).id;
    };
    await add('veloriaOld', 'Talks on the river border stalled again in the spring.', {
      title: 'Border talks stall',
      date: '2022-03-01',
      source: 'Harbour Wire',
      language: 'en',
      places: ['Veloria'],
    });
    await add('veloriaNew', 'The new border crossing opened to lorries and buses.', {
      title: 'Crossing opens',
      date: '2022-09-12',
      source: 'Harbour Wire',
      language: 'en',
      places: ['Veloria'],
    });
    await add('ostland', 'Ostland raised its grain export quota for the autumn.', {
      title: 'Grain quota raised',
      date: '2023-01-20',
      source: 'Lakeside Daily',
      language: 'en',
      places: ['Ostland'],
    });
    await add('kestria', 'Kestria held a festival of lanterns in the old port.', {
      title: 'Lantern festival',
      date: '2022-10-05',
      source: 'Northfield Post',
      language: 'en',
      places: ['Kestria'],
    });
    await add('rescue', 'Volunteers helped rescue stranded fishing crews after the storm.', {
      title: 'Storm at sea',
      date: '2023-03-03',
      source: 'Northfield Post',
      language: 'en',
      places: ['Kestria'],
    });
    await ok('clips.update', { id: ids.ostland, fields: { url: 'https://lakeside.example/trade/grain-quota' } });
  });
  afterAll(async () => t.close());

  it('OR between field filters means either, and binds tighter than the filter after it', async () => {
    expect(await found('place:Veloria OR place:Ostland after:2022-06-01')).toEqual([ids.veloriaNew, ids.ostland]);
    expect(await found('source:"Harbour Wire" OR source:Lakeside')).toEqual([ids.veloriaOld, ids.veloriaNew, ids.ostland]);
    expect(await found('(place:Veloria OR place:Kestria) AND NOT source:Northfield')).toEqual([ids.veloriaOld, ids.veloriaNew]);
    expect(await found('place:Kestria (storm OR border)')).toEqual([ids.rescue]);
    expect(await found('place:Ostland OR storm')).toEqual([ids.ostland, ids.rescue]);
    expect((await search('place:Veloria OR place:Ostland after:2022-06-01')).notice).toBeNull();
  });

  it('gives a smart collection the same clips as its search', async () => {
    const smart = await ok<Collection>('collections.create', {
      name: 'Either place',
      query: 'place:Veloria OR place:Ostland after:2022-06-01',
    });
    expect(smart.count).toBe(2);
    const listed = (await ok<Collection[]>('collections.list', {})).find((c) => c.id === smart.id)!;
    expect(listed.count).toBe(2);
    const inView = await ok<number[]>('clips.ids', { query: smart.query!, sort: 'date-desc' });
    expect([...inView].sort((a, b) => a - b)).toEqual([ids.veloriaNew, ids.ostland]);
  });

  it('says what it could not read instead of reading it silently another way', async () => {
    expect((await search('(place:Veloria OR border')).notice).toMatch(/not closed/);
    expect((await search('border OR')).notice).toMatch(/OR.*both sides/);
    expect((await search('region:north')).notice).toMatch(/not a filter/);
    expect((await search('date:2022-03-01')).notice).toMatch(/“date:” is not a filter.*Write on:2022-03-01 to filter by it\./);
    expect((await search('Author:Holm')).notice).toMatch(/Write byline:Holm to filter by it\./);
    expect((await search('border or crossing')).notice).toMatch(/OR in capitals/);
    expect((await search('after:soon border')).notice).toMatch(/not a date/);
  });

  it('matches words from their start and in their other forms, and phrases exactly', async () => {
    expect(await found('resc')).toEqual([ids.rescue]);
    expect(await found('rescuers')).toEqual([ids.rescue]);
    expect(await found('rescued')).toEqual([ids.rescue]);
    expect(await found('lanterns')).toEqual([ids.kestria]);
    expect(await found('lantern')).toEqual([ids.kestria]);
    expect(await found('"stranded fishing crews"')).toEqual([ids.rescue]);
    expect(await found('"strand fish crew"')).toEqual([]);
    expect(await found('"rescuers"')).toEqual([]);
  });

  it('filters by any part of the address with url:', async () => {
    expect(await found('url:lakeside.example')).toEqual([ids.ostland]);
    expect(await found('url:grain-quota OR place:Kestria')).toEqual([ids.ostland, ids.kestria, ids.rescue]);
    expect(await found('-url:lakeside place:Ostland')).toEqual([]);
  });
});
