import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import type { Query } from '../../electron/core/db/sql.js';
import { searchLibrary } from '../../electron/core/library/search.js';

/**
 * The query plans of every SELECT a search sends, as searchLibrary sends them: the library is
 * wrapped so each query is explained just before it runs, in the same transaction or snapshot.
 * `how` is what follows EXPLAIN, e.g. `(ANALYZE, BUFFERS)`; `facets` asks for the counts that narrow it, as the app does.
 */
export async function explainedSearch(db: LibraryDatabase, query: string, how = '', facets = false): Promise<string[]> {
  const plans: string[] = [];
  const explaining = (inner: LibraryDatabase): LibraryDatabase => {
    const explain = async ([text, params]: Query) => {
      if (!/^\s*(SELECT|WITH)/i.test(text)) return;
      const rows = await inner.all<{ 'QUERY PLAN': string }>([`EXPLAIN ${how} ${text}`, params]);
      plans.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
    };
    return {
      ...inner,
      all: async (q) => {
        await explain(q);
        return inner.all(q);
      },
      get: async (q) => {
        await explain(q);
        return inner.get(q);
      },
      transaction: (work) => inner.transaction((tx) => work(explaining(tx))),
      readSnapshot: (work, options) => inner.readSnapshot((tx) => work(explaining(tx)), options),
    };
  };
  await searchLibrary(explaining(db), query, { limit: 50, offset: 0, sort: 'relevance', facets });
  return plans;
}
