import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedClip, SearchResult } from '../../electron/shared/models/clip.js';
import type { EntityCount, QuoteEntry } from '../../electron/shared/models/organise.js';
import { succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/**
 * A name spelt two ways (with and without its accent, in another case) is one name everywhere:
 * the index counts both spellings, and the search it opens, its filters and its facets find and
 * count the same clips, on whichever library the connections open.
 */
export function describeNameSpellings(connections: readonly Connection[]): void {
  describe.each(connections)('one name in all its spellings %s', (_name, connect) => {
    let t: TransportUnderTest;
    const ids: number[] = [];

    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
    const search = (query: string) => ok<SearchResult>('search.query', { query, sort: 'date-desc', facets: true });
    const found = async (query: string) => (await search(query)).hits.map((h) => h.id).sort((a, b) => a - b);

    beforeAll(async () => {
      t = await connect();
      const add = async (text: string, draft: object) => ids.push((await ok<SavedClip>('clips.create', { text, draft })).id);
      await add('The harbour board met on Tuesday to weigh the dredging plan.', {
        title: 'Harbour board weighs dredging',
        date: '2024-03-05',
        language: 'en',
        people: ['Joaquín Sorribes', 'Ada Lindqvist'],
        places: ['Vilanöva'],
        quotes: [{ speaker: 'Joaquín Sorribes', text: 'The channel silts up every winter.' }],
      });
      await add('Dredging starts next month, the harbour board said.', {
        title: 'Dredging to start',
        date: '2024-04-02',
        language: 'en',
        people: ['Joaquin  Sorribes'],
        places: ['vilanova'],
        quotes: [{ speaker: 'JOAQUIN SORRIBES', text: 'We start in May.' }],
      });
      await add('A ferry timetable for the summer was published.', {
        title: 'Summer ferries',
        date: '2024-05-10',
        language: 'en',
        people: ['Pere Sorribes'],
      });
    });
    afterAll(async () => t.close());

    it('counts the spellings as one person in the index, and the search it opens finds both clips', async () => {
      const people = await ok<EntityCount[]>('indexes.entities', { kind: 'person' });
      const person = people.find((p) => p.name === 'Joaquín Sorribes');
      expect(person?.count).toBe(2);
      expect(people.filter((p) => /sorribes/i.test(p.name))).toHaveLength(2);
      const r = await search(`person:"${person!.name}"`);
      expect(r.total).toBe(person!.count);
      expect(r.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual([ids[0], ids[1]]);
      expect(r.facets?.people.find((f) => f.value === person!.name)?.count).toBe(person!.count);
    });

    it('finds every spelling whichever one is written, and by the surname alone', async () => {
      expect(await found('person:"joaquin sorribes"')).toEqual([ids[0], ids[1]]);
      expect(await found('person:"JOAQUÍN   SORRIBES"')).toEqual([ids[0], ids[1]]);
      expect(await found('person:Sorribes')).toEqual(ids);
      expect(await found('person:sorribés')).toEqual(ids);
      expect(await found('-person:"Joaquin Sorribes"')).toEqual([ids[2]]);
      expect(await found('person:"Sorribes Joaquin"')).toEqual([]);
      expect(await found('place:Vilanova')).toEqual([ids[0], ids[1]]);
      expect(await found('said:"Joaquín Sorribes"')).toEqual([ids[0], ids[1]]);
      expect(await found('said:sorribes dredging')).toEqual([ids[0], ids[1]]);
      expect(await found('person:"Ada Lindqvist" OR place:vilanöva')).toEqual([ids[0], ids[1]]);
    });

    it('lists the spellings as one facet under the commonest, counting every clip the filter finds', async () => {
      const r = await search('harbour');
      expect(r.facets?.people).toEqual(
        expect.arrayContaining([
          { value: 'Joaquín Sorribes', count: 2 },
          { value: 'Ada Lindqvist', count: 1 },
        ]),
      );
      expect(r.facets?.people.filter((f) => /sorribes/i.test(f.value))).toHaveLength(1);
      expect(r.facets?.places).toEqual([{ value: 'Vilanöva', count: 2 }]);
      expect((await search('place:Vilanöva')).total).toBe(2);
    });

    it('agrees with the quotes index on a speaker spelt two ways', async () => {
      const quotes = await ok<{ items: QuoteEntry[]; total: number }>('indexes.quotes', { speaker: 'Joaquin Sorribes' });
      expect(quotes.total).toBe(2);
      expect((await search('said:"Joaquin Sorribes"')).total).toBe(quotes.total);
    });
  });
}
