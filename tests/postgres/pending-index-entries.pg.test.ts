import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { postgresDatabase } from '../../electron/core/db/postgres-database.js';
import { migratePostgres } from '../../electron/core/db/pg-migrations/migrate.js';
import {
  mergePendingIndexEntries,
  mergeWhenIdle,
  PENDING_LIST_INDEXES,
  PENDING_LIST_KB,
} from '../../electron/core/db/pending-index-entries.js';
import { sql } from '../../electron/core/db/sql.js';
import { insertClips } from '../../electron/core/library/insert-clip.js';
import { searchLibrary } from '../../electron/core/library/search.js';
import { clipRow } from '../support/pg-clip-row.js';
import { useTestDatabase } from '../support/test-database.js';

/** Saves leave their full-text and trigram entries pending; merges put them in the indexes, and searches find the clips throughout. */

const database = useTestDatabase('pending');
let db: LibraryDatabase;

const row = (n: number) =>
  clipRow(n, `Lighthouse keeper ${n} reports a quiet night on the northern cape. The harbour pilots of district ${n} agreed.`, {
    now: new Date().toISOString(),
  });

const found = async (query: string) => (await searchLibrary(db, query, { limit: 50, offset: 0, sort: 'relevance', facets: false })).total;

beforeAll(async () => {
  const pool = new pg.Pool({ connectionString: database.url, max: 1 });
  await migratePostgres(pool);
  // The test reads the pending lists' size; the library itself needs no extension for it.
  await pool.query('CREATE EXTENSION IF NOT EXISTS pgstattuple');
  await pool.end();
  db = postgresDatabase({ connectionString: database.url, max: 4 });
});
afterAll(async () => db.close());

describe('pending index entries', () => {
  it('gives every GIN index of the clips a pending list of the set size', async () => {
    const gin = await db.all<{ name: string; options: string[] | null }>(
      sql`SELECT c.relname AS name, c.reloptions AS options FROM pg_index x
          JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_am a ON a.oid = c.relam
          WHERE x.indrelid = CAST('clips' AS regclass) AND a.amname = 'gin' ORDER BY c.relname`,
    );
    expect(gin.map((i) => i.name)).toEqual([...PENDING_LIST_INDEXES].sort());
    for (const index of gin) {
      expect(index.options, index.name).toEqual(expect.arrayContaining(['fastupdate=on', `gin_pending_list_limit=${PENDING_LIST_KB}`]));
    }
  });

  it('finds saved clips before and after their entries are merged, and merges nothing twice', async () => {
    await db.transaction((tx) => insertClips(tx, [row(1), row(2), row(3)]));
    expect(await found('lighthouse')).toBe(3);
    expect(await found('"harbour pilots"')).toBe(3);
    expect(await found('source:coast')).toBe(3);
    expect(await mergePendingIndexEntries(db)).toBeGreaterThan(0);
    expect(await mergePendingIndexEntries(db)).toBe(0);
    expect(await found('lighthouse')).toBe(3);
    expect(await found('"harbour pilots"')).toBe(3);
    expect(await found('"pilots harbour"')).toBe(0);
  });

  it('merges at start, then once calls stop, and not while they go on', async () => {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await db.transaction((tx) => insertClips(tx, [row(4)]));
    expect(await pendingPages()).toBeGreaterThan(0);
    const merger = mergeWhenIdle(db, { idleMs: 300, busyMs: 60_000 });
    try {
      await pause(200);
      expect(await pendingPages()).toBe(0);
      await db.transaction((tx) => insertClips(tx, [row(5)]));
      merger.called();
      await pause(100);
      merger.called();
      await pause(150);
      expect(await pendingPages()).toBeGreaterThan(0);
      await pause(500);
      expect(await pendingPages()).toBe(0);
      expect(await found('lighthouse')).toBe(5);
    } finally {
      await merger.close();
    }
  });
});

/** Pages of entries waiting in the document index's pending list, read without merging them. */
async function pendingPages(): Promise<number> {
  return (await db.get<{ n: number }>(sql`SELECT pending_pages AS n FROM pgstatginindex(CAST('clips_search' AS regclass))`))!.n;
}
