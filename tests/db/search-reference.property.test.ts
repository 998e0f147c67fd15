import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Db } from '../../electron/core/db/open-library.js';
import { searchClipIds, searchClips } from '../../electron/core/library/search-fts.js';
import { printQuery, refQuery, refSearch } from '../support/reference-search.js';
import { SEARCH_CLIPS } from '../support/search-library.js';
import { fillEngineLibrary } from '../support/engine-libraries.js';
import { sqliteDatabase } from '../../electron/core/db/sqlite-database.js';
import { tempLibrary } from '../support/temp-library.js';

/**
 * The query engine (parser, SQL, full-text index) against the plain reference evaluator in
 * tests/support/reference-search.ts, over random queries on a small real library: any
 * difference is a search that answers wrongly.
 */
let lib: ReturnType<typeof tempLibrary>;
let db: Db;
beforeAll(async () => {
  lib = tempLibrary('cuttings-search-ref-');
  db = openLibrary(lib.path);
  await fillEngineLibrary(sqliteDatabase(db), SEARCH_CLIPS);
});
afterAll(() => {
  db.close();
  lib.remove();
});

const engine = (query: string) => [...searchClipIds(db, query, 'date-desc')].sort((a, b) => a - b);

describe('search against the reference evaluator', () => {
  it('finds exactly the clips the reference finds, for random combinations of words, phrases and filters', () => {
    fc.assert(
      fc.property(refQuery, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (q, style) => {
        const query = printQuery(q, style);
        const expected = refSearch(q, query, SEARCH_CLIPS);
        expect(engine(query), query).toEqual(expected);
        const result = searchClips(db, query, { limit: 50, offset: 0, sort: 'relevance', facets: false });
        expect(result.total, query).toBe(expected.length);
        expect(result.notice, query).toBeNull();
      }),
      { numRuns: 400 },
    );
  });
});
