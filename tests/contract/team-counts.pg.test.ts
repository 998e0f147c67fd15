import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { listClips } from '../../electron/core/library/clips.repo.js';
import { COUNTED_AHEAD } from '../../electron/core/library/counted.js';
import { searchLibrary } from '../../electron/core/library/search.js';
import { fillEngineLibrary, openEngineLibrary } from '../support/engine-libraries.js';
import { searchClip } from '../support/search-library.js';
import { useTestDatabase } from '../support/test-database.js';

/**
 * A team library counts a list's or a search's rows only so far past the page asked for, and
 * says so, so a common word in a large archive is not counted clip by clip on every request;
 * the count grows as the list is read further down, and is exact once the end is in reach.
 */
const CLIPS = COUNTED_AHEAD + 120;
const database = useTestDatabase('counts');
let library: LibraryDatabase & { remove(): Promise<void> };

beforeAll(async () => {
  library = await openEngineLibrary('postgres', () => database.url);
  const clips = Array.from({ length: CLIPS }, (_, i) =>
    searchClip({
      title: `Ferry timetable ${i + 1}`,
      body: i % 2 ? 'The harbour ferry sails at dawn.' : 'The harbour ferry waits for the tide.',
      date: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    }),
  );
  // As an import writes them: a hundred to a transaction.
  for (let from = 0; from < CLIPS; from += 100) await fillEngineLibrary(library, clips.slice(from, from + 100));
}, 120_000);
afterAll(() => library.remove());

describe('totals in a large team library', () => {
  it('lists count up to a thousand clips past the page, marked as more', async () => {
    const first = await listClips(library, { trashed: false, offset: 0, limit: 50 });
    expect(first.items).toHaveLength(50);
    expect(first).toMatchObject({ total: 50 + COUNTED_AHEAD, totalCapped: true });
    const last = await listClips(library, { trashed: false, offset: 100, limit: 50 });
    expect(last.total).toBe(CLIPS);
    expect(last.totalCapped).toBeUndefined();
  });

  it('searches count their matches the same way, and facets still count', async () => {
    const common = await searchLibrary(library, 'harbour ferry', { limit: 50, offset: 0, sort: 'relevance', facets: true });
    expect(common).toMatchObject({ total: 50 + COUNTED_AHEAD, totalCapped: true });
    expect(common.hits).toHaveLength(50);
    expect(common.facets?.years).toEqual([{ value: '2024', count: expect.any(Number) }]);
    const phrase = await searchLibrary(library, '"ferry sails at dawn"', { limit: 50, offset: 0, sort: 'relevance', facets: false });
    expect(phrase.total).toBe(CLIPS / 2);
    expect(phrase.totalCapped).toBeUndefined();
    expect(phrase.hits.every((h) => h.snippet.includes('sails'))).toBe(true);
    const few = await searchLibrary(library, '"ferry sails at dawn" timetable 7*', {
      limit: 50,
      offset: 0,
      sort: 'relevance',
      facets: false,
    });
    // Numbered 70–78 and 700–798, evenly: the odd ones wait for the tide.
    expect(few.total).toBe(55);
    expect(few.totalCapped).toBeUndefined();
    expect(few.hits.every((h) => Number(/\d+$/.exec(h.title!)![0]) % 2 === 0)).toBe(true);
  });

  it('orders a search by date over all its matches, whether they are more than it counts or fewer', async () => {
    const byDate = (query: string) => searchLibrary(library, query, { limit: 50, offset: 0, sort: 'date-desc', facets: false });
    const newestFirst = (dates: (string | null)[]) => dates.every((d, k) => k === 0 || d! <= dates[k - 1]!);
    const common = await byDate('harbour ferry');
    expect(common).toMatchObject({ total: 50 + COUNTED_AHEAD, totalCapped: true });
    expect(common.hits.map((h) => h.date)).toEqual([...Array<string>(40).fill('2024-01-28'), ...Array<string>(10).fill('2024-01-27')]);
    const phrase = await byDate('"ferry sails at dawn"');
    expect(phrase.total).toBe(CLIPS / 2);
    expect(phrase.totalCapped).toBeUndefined();
    expect(phrase.hits).toHaveLength(50);
    expect(phrase.hits[0]!.date).toBe('2024-01-28');
    expect(newestFirst(phrase.hits.map((h) => h.date))).toBe(true);
    expect(phrase.hits.every((h) => h.snippet.includes('sails'))).toBe(true);
  });
});
