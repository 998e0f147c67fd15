import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { sql, sqlFragment, sqlRaw } from '../../electron/core/db/sql.js';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { sqliteDatabase } from '../../electron/core/db/sqlite-database.js';
import { postgresDatabase } from '../../electron/core/db/postgres-database.js';
import { numberPlaceholders } from '../../electron/core/db/postgres-placeholders.js';
import { caselessEquals, caselessKey, caselessLike, jsonObjectsArray, joinedText } from '../../electron/core/db/dialect.js';
import { useTestDatabase } from '../support/test-database.js';

/** The same queries, written once, against a SQLite file and a PostgreSQL database, with the same answers. */
const pgDb = useTestDatabase('layer');
const engines: Record<string, LibraryDatabase> = {};
const TABLE = `CREATE TABLE items (id integer PRIMARY KEY, name text COLLATE "C" NOT NULL, n integer NOT NULL)`;

beforeAll(async () => {
  const file = new Database(':memory:');
  file.exec(TABLE.replace(' COLLATE "C"', ''));
  engines.sqlite = sqliteDatabase(file, { closeConnection: true });
  engines.postgres = postgresDatabase({ connectionString: pgDb.url, max: 4 });
  await engines.postgres.run(sql`${sqlRaw(TABLE)}`);
});
afterAll(async () => {
  for (const db of Object.values(engines)) await db.close();
});

describe.each(['sqlite', 'postgres'])('the library database over %s', (engine) => {
  const db = () => engines[engine]!;

  it('reads one moment in a snapshot while others write', async () => {
    const count = async (on: LibraryDatabase) => (await on.get<{ n: number }>(sql`SELECT count(*) AS n FROM items`))!.n;
    const before = await count(db());
    let writing: Promise<unknown> = Promise.resolve();
    const seen = await db().readSnapshot(async (snapshot) => {
      const first = await count(snapshot);
      writing = db().run(sql`INSERT INTO items (id, name, n) VALUES (${100}, ${'written meanwhile'}, ${0})`);
      // PostgreSQL commits the write meanwhile; SQLite over one connection holds it until the snapshot ends.
      if (engine === 'postgres') await writing;
      return [first, await count(snapshot)];
    });
    await writing;
    expect(seen).toEqual([before, before]);
    expect(await count(db())).toBe(before + 1);
    await db().run(sql`DELETE FROM items WHERE id = ${100}`);
  });

  it('binds values, runs, reads back and counts changes', async () => {
    const hostile = "x'); DROP TABLE items; --";
    const names = ['Europe', 'europe/north', 'Äland', hostile, 'asia'];
    for (const [i, name] of names.entries()) await db().run(sql`INSERT INTO items (id, name, n) VALUES (${i + 1}, ${name}, ${i * 10})`);
    expect(await db().get(sql`SELECT name FROM items WHERE name = ${hostile}`)).toEqual({ name: hostile });
    expect(await db().run(sql`UPDATE items SET n = n + 1 WHERE n >= ${20}`)).toEqual({ changes: 3 });
    expect(await db().get(sql`SELECT count(*) AS "total", count(*) FILTER (WHERE n > ${25}) AS "big" FROM items`)).toEqual({
      total: 5,
      big: 2,
    });
  });

  it('ignores ASCII case only, as SQLite NOCASE does, and sorts byte by byte', async () => {
    const d = db().dialect;
    const rows = await db().all<{ name: string }>(
      sql`SELECT name FROM items WHERE ${caselessEquals(d, sqlRaw('name'), 'EUROPE')} OR ${caselessEquals(d, sqlRaw('name'), 'äLAND')}`,
    );
    expect(rows).toEqual([{ name: 'Europe' }]);
    const under = await db().all<{ name: string }>(sql`SELECT name FROM items WHERE ${caselessLike(d, sqlRaw('name'), 'EUROPE/%')}`);
    expect(under).toEqual([{ name: 'europe/north' }]);
    const order = await db().all<{ name: string }>(sql`SELECT name FROM items ORDER BY ${caselessKey(d, sqlRaw('name'))}, id`);
    expect(order.map((r) => r.name)).toEqual(['asia', 'Europe', 'europe/north', "x'); DROP TABLE items; --", 'Äland']);
  });

  it('builds JSON arrays and joined text the same way', async () => {
    const d = db().dialect;
    const json = await db().get<{ list: string }>(
      sql`SELECT ${jsonObjectsArray(d, { name: 'name', n: 'n' }, 'id')} AS list FROM items WHERE id <= ${2}`,
    );
    expect(JSON.parse(json!.list)).toEqual([
      { name: 'Europe', n: 0 },
      { name: 'europe/north', n: 10 },
    ]);
    const none = await db().get<{ list: string }>(
      sql`SELECT ${jsonObjectsArray(d, { name: 'name' }, 'id')} AS list FROM items WHERE id < 0`,
    );
    expect(JSON.parse(none!.list)).toEqual([]);
    const joined = await db().get<{ names: string }>(
      sql`SELECT ${joinedText(d, sqlFragment`name`, '|')} AS names FROM (SELECT name FROM items WHERE id IN (1, 5) ORDER BY id) AS x`,
    );
    expect(joined!.names.split('|').sort()).toEqual(['Europe', 'asia']);
  });

  it('keeps all of a transaction or none of it', async () => {
    await expect(
      db().transaction(async (tx) => {
        await tx.run(sql`INSERT INTO items (id, name, n) VALUES (${100}, ${'lost'}, ${0})`);
        throw new Error('stop half-way');
      }),
    ).rejects.toThrow('stop half-way');
    expect(await db().get(sql`SELECT id FROM items WHERE id = ${100}`)).toBeUndefined();
    const id = await db().transaction(async (tx) => {
      await tx.run(sql`INSERT INTO items (id, name, n) VALUES (${101}, ${'kept'}, ${0})`);
      return (await tx.get<{ id: number }>(sql`SELECT id FROM items WHERE name = ${'kept'}`))!.id;
    });
    expect(id).toBe(101);
  });

  it('runs concurrent read-modify-write transactions as if one after another', async () => {
    await db().run(sql`INSERT INTO items (id, name, n) VALUES (${200}, ${'counter'}, ${0})`);
    const bump = () =>
      db().transaction(async (tx) => {
        const { n } = (await tx.get<{ n: number }>(sql`SELECT n FROM items WHERE id = ${200}`))!;
        await tx.run(sql`UPDATE items SET n = ${n + 1} WHERE id = ${200}`);
      });
    await Promise.all(Array.from({ length: 8 }, bump));
    expect(await db().get(sql`SELECT n FROM items WHERE id = ${200}`)).toEqual({ n: 8 });
  });
});

describe('PostgreSQL placeholders', () => {
  it('numbers every ? outside strings, quoted names and comments', () => {
    expect(numberPlaceholders(`SELECT '?', "a?" FROM t WHERE a = ? -- ?\n AND b = ? /* ? */ AND c = $x$?$x$`)).toBe(
      `SELECT '?', "a?" FROM t WHERE a = $1 -- ?\n AND b = $2 /* ? */ AND c = $x$?$x$`,
    );
  });

  it('says the database cannot be reached, and that nothing was saved', async () => {
    const gone = postgresDatabase({ connectionString: 'postgresql://postgres@127.0.0.1:1/none' });
    await expect(gone.get(sql`SELECT 1`)).rejects.toThrow(/unreachable.*Nothing was saved/);
    await gone.close();
  });
});
