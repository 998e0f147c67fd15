import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { sql } from '../../electron/core/db/sql.js';
import { insertClips } from '../../electron/core/library/insert-clip.js';
import { searchLibrary } from '../../electron/core/library/search.js';
import { clipRow } from '../support/pg-clip-row.js';
import { openMigratedLibrary } from '../support/migrated-library.js';
import { useTestDatabase } from '../support/test-database.js';

/**
 * A search on a team library reads one read-only snapshot, which takes no predicate locks that
 * could make a concurrent save run again, with JIT and parallel workers off; it never opens a
 * read-write transaction.
 */

const database = useTestDatabase('search_tx');
let db: LibraryDatabase;

beforeAll(async () => {
  db = await openMigratedLibrary(database.url);
  await db.transaction((tx) => insertClips(tx, [clipRow(1, 'The harbour wall was mended by the masons.')]));
});
afterAll(async () => db.close());

interface Settings {
  isolation: string;
  read_only: string;
  jit: string;
  workers: string;
}

/** The library, with each snapshot's settings read before its first query, and read-write transactions refused. */
function watched(settings: Settings[]): LibraryDatabase {
  return {
    ...db,
    transaction: () => Promise.reject(new Error('a search opened a read-write transaction')),
    readSnapshot: (work, options) =>
      db.readSnapshot(async (tx) => {
        const result = await work(tx);
        settings.push(
          (await tx.get<Settings>(
            sql`SELECT current_setting('transaction_isolation') AS isolation, current_setting('transaction_read_only') AS read_only,
                  current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers`,
          ))!,
        );
        return result;
      }, options),
  };
}

describe('a search on a team library', () => {
  it.each(['harbour', '"harbour wall"', 'masons source:nowhere', 'harbour before:2030'])('%s reads a read-only snapshot', async (q) => {
    const settings: Settings[] = [];
    await searchLibrary(watched(settings), q, { limit: 10, offset: 0, sort: 'relevance', facets: true });
    expect(settings).toEqual([{ isolation: 'repeatable read', read_only: 'on', jit: 'off', workers: '0' }]);
  });

  it('leaves the connection’s settings as they were', async () => {
    await searchLibrary(db, 'harbour', { limit: 10, offset: 0, sort: 'relevance', facets: false });
    const after = await db.readSnapshot((tx) => tx.get<{ seq: string }>(sql`SELECT current_setting('enable_seqscan') AS seq`));
    expect(after).toEqual({ seq: 'on' });
  });
});
