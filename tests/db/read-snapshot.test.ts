import { afterAll, beforeAll, expect, it } from 'vitest';
import { openLibrary, openReadSnapshot } from '../../electron/core/db/open-library.js';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { sqliteDatabase } from '../../electron/core/db/sqlite-database.js';
import { sql } from '../../electron/core/db/sql.js';
import { tempLibrary } from '../support/temp-library.js';

/** A library file's snapshot reads on a connection of its own, so the app goes on writing during a long export. */
let lib: ReturnType<typeof tempLibrary>;
let db: LibraryDatabase;
beforeAll(() => {
  lib = tempLibrary();
  db = sqliteDatabase(openLibrary(lib.path), { closeConnection: true, openSnapshot: () => openReadSnapshot(lib.path) });
});
afterAll(async () => {
  await db.close();
  lib.remove();
});

const tagCount = async (on: LibraryDatabase) => (await on.get<{ n: number }>(sql`SELECT count(*) AS n FROM tags`))!.n;

it('writes during a snapshot of a library file, and the snapshot does not see them', async () => {
  await db.run(sql`INSERT INTO tags (name) VALUES (${'before'})`);
  const seen = await db.readSnapshot(async (snapshot) => {
    const first = await tagCount(snapshot);
    await db.run(sql`INSERT INTO tags (name) VALUES (${'meanwhile'})`);
    return [first, await tagCount(snapshot), await tagCount(db)];
  });
  expect(seen).toEqual([1, 1, 2]);
});
