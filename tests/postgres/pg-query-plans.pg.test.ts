import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { sql } from '../../electron/core/db/sql.js';
import { insertClips } from '../../electron/core/library/insert-clip.js';
import { searchLibrary } from '../../electron/core/library/search.js';
import { explainedSearch } from '../support/explained-search.js';
import { clipRow } from '../support/pg-clip-row.js';
import { openMigratedLibrary } from '../support/migrated-library.js';
import { useTestDatabase } from '../support/test-database.js';

/**
 * The plans PostgreSQL makes for a team library's searches, asked of the statements the search
 * itself sends, in its own snapshot and settings: words are found through the document index, once
 * for both the count and the ranking, a phrase of common words through the word pairs' index, and
 * no search reads the clips in turn.
 */

const database = useTestDatabase('pg_plans');
let db: LibraryDatabase;
const CLIPS = 3_000;

beforeAll(async () => {
  db = await openMigratedLibrary(database.url);
  // Every clip names the harbour and a wall; one in a hundred has them side by side.
  const rows = Array.from({ length: CLIPS }, (_, n) =>
    clipRow(
      n,
      n % 100 === 0
        ? `Masons mended the harbour wall of dock ${n} this week.`
        : `The harbour office said dock ${n} needs a new wall by spring, tender ${n * 7}.`,
    ),
  );
  for (let from = 0; from < CLIPS; from += 500) await db.transaction((tx) => insertClips(tx, rows.slice(from, from + 500)));
  await db.run(sql`VACUUM ANALYZE clips`);
});
afterAll(async () => db.close());

/** The plans of every SELECT a search sends, explained in the search's own snapshot just before it runs. */
const plansOf = async (query: string) => (await explainedSearch(db, query)).join('\n');

describe('a team library’s search plans', () => {
  it('finds a word through the document index', async () => {
    const plan = await plansOf('masons');
    expect(plan).toMatch(/clips_search|clips_title_search/);
    expect(plan).not.toMatch(/Seq Scan on clips/);
  });

  it('finds the matches of a ranked search once, for its count and for the candidates it ranks', async () => {
    const plan = await plansOf('masons');
    expect(plan.match(/Bitmap Index Scan on clips_search/g)).toHaveLength(1);
    const result = await searchLibrary(db, 'masons', { limit: 20, offset: 0, sort: 'relevance', facets: false });
    expect(result.total).toBe(CLIPS / 100);
    expect(result.hits).toHaveLength(20);
  });

  it('finds the matches of a faceted search once, for its page, its count and its facets', async () => {
    const plan = (await explainedSearch(db, 'masons', '', true)).join('\n');
    expect(plan.match(/Bitmap Index Scan on clips_search/g)).toHaveLength(1);
    const result = await searchLibrary(db, 'masons', { limit: 20, offset: 0, sort: 'relevance', facets: true });
    expect(result.total).toBe(CLIPS / 100);
    expect(result.hits).toHaveLength(20);
    expect(result.facets?.sources).toEqual([{ value: 'Coast Weekly', count: CLIPS / 100 }]);
  });

  it('finds a phrase of common words through the word pairs, and finds only its clips', async () => {
    const plan = await plansOf('"harbour wall"');
    expect(plan).toContain('clips_word_pairs');
    expect(plan).not.toMatch(/Seq Scan on clips/);
    // A candidate's pairs are kilobytes in TOAST: the index answers for them, no filter reads them back.
    expect(plan).not.toMatch(/Filter: [^\n]*word_pairs/);
    const result = await searchLibrary(db, '"harbour wall"', { limit: 50, offset: 0, sort: 'relevance', facets: false });
    expect(result.total).toBe(CLIPS / 100);
  });

  it('checks a clip whose word pairs are not known against its document, finding its phrases and no others', async () => {
    const total = async (query: string) =>
      (await searchLibrary(db, query, { limit: 50, offset: 0, sort: 'relevance', facets: false })).total;
    const queries = [
      '"harbour wall"',
      '"harbour wall" masons',
      '"harbour wall" 100',
      '"harbour office" 101',
      '"office said" "harbour wall"',
    ];
    const known = await Promise.all(queries.map(total));
    expect(known.slice(0, 2)).toEqual([CLIPS / 100, CLIPS / 100]);
    expect(known[4]).toBe(0);
    // As a clip saved before the pairs were kept has them: one with the phrase, one without.
    await db.run(sql`UPDATE clips SET word_pairs = CAST('~all' AS tsvector) WHERE body LIKE '%dock 100 %' OR body LIKE '%dock 101 %'`);
    expect(await Promise.all(queries.map(total))).toEqual(known);
  });

  it('narrows a filtered search by indexes, never walking the clips', async () => {
    expect(await plansOf('harbour source:coast before:2025')).not.toMatch(/Seq Scan on clips/);
  });
});
