import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { sql } from '../../electron/core/db/sql.js';
import { searchLibrary } from '../../electron/core/library/search.js';
import { importLibraryExport } from '../../electron/core/transfer/import-library.js';
import { readLibraryExport } from '../../electron/core/transfer/read-library-export.js';
import { captureQueries } from '../support/capture-sql.js';
import { exportedClip, exportText } from '../support/export-file.js';
import { openMigratedLibrary } from '../support/migrated-library.js';
import { useTestDatabase } from '../support/test-database.js';

/** An import writes each new clip's row once, whole: its notes, dates, deletion and search document with it, never an update after. */

const database = useTestDatabase('import_rows');
let db: LibraryDatabase;

beforeAll(async () => {
  db = await openMigratedLibrary(database.url);
});
afterAll(async () => db.close());

const file = exportText({
  clips: [
    exportedClip(1, 'Harbour wall repaired', ['Masons finished the harbour wall on Monday.'], {
      notes: 'Ask the port authority about the cost',
      createdAt: '2023-02-01T08:00:00.000Z',
      updatedAt: '2023-03-05T09:00:00.000Z',
      tags: ['port'],
    }),
    exportedClip(2, 'Ferry timetable', ['The winter ferry timetable starts next week.'], {
      deletedAt: '2023-04-01T10:00:00.000Z',
    }),
    exportedClip(3, 'Lighthouse open day', ['The lighthouse opens to visitors on Saturday.'], {
      edits: [
        {
          at: '2023-02-02T08:00:00.000Z',
          user: 'desk',
          via: 'app',
          changes: [{ field: 'title', before: 'Open day', after: 'Lighthouse open day' }],
        },
      ],
    }),
  ],
  tags: [{ name: 'port', color: null }],
});

describe('a team library importing an export', () => {
  it('writes every new clip in one statement and updates none of them', async () => {
    const ran = await captureQueries(db, (spy) => importLibraryExport(spy, readLibraryExport(file, 'three.json')));
    expect(ran.filter((s) => /^\s*INSERT INTO clips\b/.test(s.sql))).toHaveLength(1);
    expect(ran.filter((s) => /^\s*UPDATE clips\b/.test(s.sql))).toEqual([]);
  });

  it('keeps each clip’s notes, dates and deletion, and finds it by its notes', async () => {
    const rows = await db.all<{
      title: string;
      notes: string;
      created_at: string;
      updated_at: string;
      deleted_at: string | null;
      version: number;
    }>(sql`SELECT title, notes, created_at, updated_at, deleted_at, version FROM clips JOIN clip_versions ON clip_id = id ORDER BY id`);
    expect(rows).toEqual([
      {
        title: 'Harbour wall repaired',
        notes: 'Ask the port authority about the cost',
        created_at: '2023-02-01T08:00:00.000Z',
        updated_at: '2023-03-05T09:00:00.000Z',
        deleted_at: null,
        version: 1,
      },
      expect.objectContaining({ title: 'Ferry timetable', deleted_at: '2023-04-01T10:00:00.000Z', version: 1 }),
      expect.objectContaining({ title: 'Lighthouse open day', deleted_at: null, version: 1 }),
    ]);
    const search = (q: string) => searchLibrary(db, q, { limit: 10, offset: 0, sort: 'relevance', facets: false });
    expect((await search('authority')).hits.map((h) => h.title)).toEqual(['Harbour wall repaired']);
    expect((await search('ferry')).total).toBe(0);
    expect((await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM clip_edits`))!.n).toBe(1);
  });

  it('reuses the clips it has on a second import, adding nothing', async () => {
    const summary = await importLibraryExport(db, readLibraryExport(file, 'three.json'));
    expect(summary.clips).toEqual({ added: 0, reused: 3 });
    expect((await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM clips`))!.n).toBe(3);
  });
});

describe('a team library storing an imported clip', () => {
  it('compresses its long text and documents with LZ4, and finds it by them', async () => {
    const sentence = (n: number) => `Dredger ${n} deepened the outer channel by ${n} metres before the spring tides.`;
    const long = exportText({
      clips: [
        exportedClip(
          1,
          'Channel dredged',
          Array.from({ length: 60 }, (_, n) => sentence(n)),
        ),
      ],
      tags: [],
    });
    await importLibraryExport(db, readLibraryExport(long, 'long.json'));
    const columns = await db.all<{ name: string; method: string }>(
      sql`SELECT attname AS name, attcompression AS method FROM pg_attribute
          WHERE attrelid = CAST('clips' AS regclass) AND attname IN ('body', 'raw', 'raw_html', 'notes', 'search_doc', 'word_pairs') ORDER BY attname`,
    );
    expect(columns.map((c) => `${c.name} ${c.method}`)).toEqual([
      'body l',
      'notes l',
      'raw l',
      'raw_html l',
      'search_doc l',
      'word_pairs l',
    ]);
    const stored = await db.get<{ body: string }>(
      sql`SELECT pg_column_compression(body) AS body FROM clips WHERE title = 'Channel dredged'`,
    );
    expect(stored).toEqual({ body: 'lz4' });
    const search = (q: string) => searchLibrary(db, q, { limit: 10, offset: 0, sort: 'relevance', facets: false });
    expect((await search('"outer channel by 59 metres"')).hits.map((h) => h.title)).toEqual(['Channel dredged']);
  });
});
