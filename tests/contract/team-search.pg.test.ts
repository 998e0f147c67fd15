import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { MATCH_END, MATCH_START } from '../../electron/core/library/search-results.js';
import { searchLibrary, searchLibraryIds } from '../../electron/core/library/search.js';
import type { SearchResult } from '../../electron/shared/models/clip.js';
import { ENGINES, fillEngineLibrary, openEngineLibrary, type Engine } from '../support/engine-libraries.js';
import { printQuery, refQuery, refSearch } from '../support/reference-search.js';
import { SEARCH_CLIPS, searchClip as clip, type SearchClip } from '../support/search-library.js';
import { useTestDatabase } from '../support/test-database.js';

/**
 * The search language over both engines from one case table: a SQLite library and a PostgreSQL
 * team library loaded with the same clips give the same clips for every case, in the same order
 * where the order is defined (date, source, title), and agree with the reference evaluator on
 * random queries.
 */
/** The clips of the search-language contract suite, ids 1–5. */
const LANGUAGE_CLIPS: SearchClip[] = [
  clip({
    title: 'Border talks stall',
    body: 'Talks on the river border stalled again in the spring.',
    date: '2022-03-01',
    source: 'Harbour Wire',
    places: ['Veloria'],
  }),
  clip({
    title: 'Crossing opens',
    body: 'The new border crossing opened to lorries and buses.',
    date: '2022-09-12',
    source: 'Harbour Wire',
    places: ['Veloria'],
  }),
  clip({
    title: 'Grain quota raised',
    body: 'Ostland raised its grain export quota for the autumn.',
    date: '2023-01-20',
    source: 'Lakeside Daily',
    places: ['Ostland'],
    url: 'https://lakeside.example/trade/grain-quota',
  }),
  clip({
    title: 'Lantern festival',
    body: 'Kestria held a festival of lanterns in the old port.',
    date: '2022-10-05',
    source: 'Northfield Post',
    places: ['Kestria'],
  }),
  clip({
    title: 'Storm at sea',
    body: 'Volunteers helped rescue stranded fishing crews after the storm.',
    date: '2023-03-03',
    source: 'Northfield Post',
    places: ['Kestria'],
  }),
];
const [veloriaOld, veloriaNew, ostland, kestria, rescue] = [1, 2, 3, 4, 5];

/** [query, ids found, sorted]: the search-language contract suite's cases. */
const LANGUAGE_CASES: [string, number[]][] = [
  ['place:Veloria OR place:Ostland after:2022-06-01', [veloriaNew, ostland]],
  ['source:"Harbour Wire" OR source:Lakeside', [veloriaOld, veloriaNew, ostland]],
  ['(place:Veloria OR place:Kestria) AND NOT source:Northfield', [veloriaOld, veloriaNew]],
  ['place:Kestria (storm OR border)', [rescue]],
  ['place:Ostland OR storm', [ostland, rescue]],
  ['resc', [rescue]],
  ['rescuers', [rescue]],
  ['rescued', [rescue]],
  ['lanterns', [kestria]],
  ['lantern', [kestria]],
  ['"stranded fishing crews"', [rescue]],
  ['"strand fish crew"', []],
  ['"rescuers"', []],
  ['url:lakeside.example', [ostland]],
  ['url:grain-quota OR place:Kestria', [ostland, kestria, rescue]],
  ['-url:lakeside place:Ostland', []],
  ['NEAR(border stalled, 2)', [veloriaOld]],
  ['NEAR(talks spring, 3)', []],
];

/** [query, ids found, sorted] over the search library (tests/support/search-library.ts): languages, scripts, filters, trash. */
const LIBRARY_CASES: [string, number[]][] = [
  ['спасатель', [6]],
  ['спасение', [6]],
  ['рятувальників', [7]],
  ['hauser', [8]],
  ['Häuser', [8]],
  ['sauveteur', [9]],
  ['救援', [12]],
  ['港口救援队', [12]],
  ['tag:region', [1, 3, 4, 6]],
  ['tag:REGION/North', [1, 3, 6]],
  ['person:warrender', [1, 4]],
  ['said:Quell', [3]],
  ['org:"grain council"', [3, 10]],
  ['url:EXAMPLE/de', [8]],
  ['before:2022 OR after:2023-05', [5, 10]],
  ['on:2022-03', [1]],
  ['lang:fr', [9]],
  ['has:notes', [2]],
  ['volunteers', [2]],
  ['rescue -source:harbour', [2, 3, 5]],
  ['grain NOT deal', [10]],
];

const SORTED_CASES: [string, 'date-desc' | 'date-asc' | 'source-asc' | 'title-desc'][] = [
  ['rescue OR grain OR festival', 'date-desc'],
  ['rescue OR grain OR festival', 'date-asc'],
  ['rescue OR grain OR festival', 'source-asc'],
  ['tag:region OR lang:de', 'title-desc'],
];

const engines = new Map<Engine, { language: LibraryDatabase; library: LibraryDatabase }>();
const languageDb = useTestDatabase('search_language');
const libraryDb = useTestDatabase('search_library');

beforeAll(async () => {
  for (const engine of ENGINES) {
    const language = await openEngineLibrary(engine, () => languageDb.url);
    const library = await openEngineLibrary(engine, () => libraryDb.url);
    await fillEngineLibrary(language, LANGUAGE_CLIPS);
    await fillEngineLibrary(library, SEARCH_CLIPS);
    engines.set(engine, { language, library });
  }
});
afterAll(async () => {
  for (const { language, library } of engines.values()) {
    await (language as LibraryDatabase & { remove(): Promise<void> }).remove();
    await (library as LibraryDatabase & { remove(): Promise<void> }).remove();
  }
});

const search = (db: LibraryDatabase, query: string, sort: 'relevance' | 'date-desc' = 'date-desc', facets = false): Promise<SearchResult> =>
  searchLibrary(db, query, { limit: 50, offset: 0, sort, facets });
const found = async (db: LibraryDatabase, query: string) => (await search(db, query)).hits.map((h) => h.id).sort((a, b) => a - b);

describe.each(ENGINES)('search over %s', (engine) => {
  const the = () => engines.get(engine)!;

  it.each(LANGUAGE_CASES)('%s', async (query, expected) => {
    expect(await found(the().language, query)).toEqual(expected);
    const result = await search(the().language, query);
    expect(result.total).toBe(expected.length);
    expect(result.notice).toBeNull();
  });

  it.each(LIBRARY_CASES)('%s', async (query, expected) => {
    expect(await found(the().library, query)).toEqual(expected);
  });

  it('says what it could not read', async () => {
    expect((await search(the().language, '(place:Veloria OR border')).notice).toMatch(/not closed/);
    expect((await search(the().language, 'border or crossing')).notice).toMatch(/OR in capitals/);
  });

  it('ranks a title match above a body-only match and marks the words in the snippet', async () => {
    const result = await search(the().library, 'harvest', 'relevance');
    expect(result.hits.map((h) => h.id)).toEqual([2, 10]);
    const body = (await search(the().language, 'lanterns', 'relevance')).hits[0]!;
    expect(body.snippet).toContain(`${MATCH_START}lanterns${MATCH_END}`);
  });

  it('leaves trashed clips out of the hits, the count and select-all', async () => {
    const result = await search(the().library, 'boat');
    expect(result.total).toBe(0);
    expect(await searchLibraryIds(the().library, 'boat OR restored', 'date-desc')).toEqual([]);
  });
});

describe('both engines', () => {
  const both = async (run: (db: LibraryDatabase) => Promise<unknown>) => {
    const [sqlite, postgres] = await Promise.all(ENGINES.map((e) => run(engines.get(e)!.library)));
    expect(postgres).toEqual(sqlite);
    return sqlite;
  };

  it.each(SORTED_CASES)('give the same clips in the same order for %s sorted %s', async (query, sort) => {
    const ids = (await both((db) => searchLibraryIds(db, query, sort))) as number[];
    expect(ids.length).toBeGreaterThan(2);
  });

  it('count the same facets', async () => {
    const facets = await both(async (db) => (await search(db, 'rescue OR grain OR tag:region', 'date-desc', true)).facets);
    expect(facets).toMatchObject({ sources: expect.arrayContaining([{ value: 'Harbour Wire', count: 3 }]) });
  });

  it('give the same list rows for a page of hits', async () => {
    await both(async (db) => (await search(db, 'grain OR festival')).hits.map(({ snippet: _s, rank: _r, ...row }) => row));
  });

  it('find exactly what the reference evaluator finds, for random queries', async () => {
    await fc.assert(
      fc.asyncProperty(refQuery, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), async (q, style) => {
        const query = printQuery(q, style);
        const expected = refSearch(q, query, SEARCH_CLIPS);
        for (const engine of ENGINES) {
          const ids = [...(await searchLibraryIds(engines.get(engine)!.library, query, 'date-desc'))].sort((a, b) => a - b);
          expect(ids, `${engine}: ${query}`).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('a clip beyond what a tsvector holds', () => {
  it('is saved and found by its words on both engines, whatever pasted code or length it carries', async () => {
    const code = 'x'.repeat(3_000);
    const long = Array.from({ length: 50_000 }, (_, i) => `filler${i % 997}`).join(' ');
    for (const engine of ENGINES) {
      const db = engines.get(engine)!.language;
      await fillEngineLibrary(db, [clip({ title: 'Token dump from the harbour office', body: `${code} ${long}`, date: '2024-06-01' })]);
      expect(await found(db, 'harbour office')).toEqual([6]);
      expect(await found(db, 'filler5')).toContain(6);
    }
  });
});
