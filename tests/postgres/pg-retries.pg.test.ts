import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../electron/shared/api/errors.js';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { postgresDatabase } from '../../electron/core/db/postgres-database.js';
import { sql, sqlRaw } from '../../electron/core/db/sql.js';
import { STATUS } from '../../electron/server/http-replies.js';
import { useTestDatabase } from '../support/test-database.js';

/**
 * A transaction PostgreSQL refuses for a conflict runs again, in turn with the other writers;
 * when it is refused every time, the answer says what happened and what to do, as a conflict
 * (409), never a server error.
 */

const database = useTestDatabase('retries');
let db: LibraryDatabase;

beforeAll(() => {
  db = postgresDatabase({ connectionString: database.url, max: 4 });
});
afterAll(async () => db.close());

const refuse = (tx: LibraryDatabase) =>
  tx.run(sql`${sqlRaw("DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = 'serialization_failure'; END $$")}`);
const advisoryLocks = async (tx: LibraryDatabase) =>
  (await tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`))!.n;

describe('a transaction refused for a conflict', () => {
  it('runs again holding the turn lock, and gives it back', async () => {
    const locks: number[] = [];
    const answer = await db.transaction(async (tx) => {
      locks.push(await advisoryLocks(tx));
      if (locks.length === 1) await refuse(tx);
      return 'saved';
    });
    expect(answer).toBe('saved');
    expect(locks).toEqual([0, 1]);
    expect(await db.transaction(advisoryLocks)).toBe(0);
  });

  it('takes the turn lock from the start when asked to', async () => {
    expect(await db.transaction(advisoryLocks, { inTurn: true })).toBe(1);
  });

  it('waits its turn holding no connection, so reads go on meanwhile', async () => {
    const small = postgresDatabase({ connectionString: database.url, max: 2 });
    try {
      let release!: () => void;
      const holding = new Promise<void>((resolve) => (release = resolve));
      const first = small.transaction(() => holding, { inTurn: true });
      const waiting = Array.from({ length: 4 }, () => small.transaction(advisoryLocks, { inTurn: true }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Four writers wait and one holds the turn; the pool's second connection is free for a read.
      expect(await small.get(sql`SELECT 1 AS one`)).toEqual({ one: 1 });
      release();
      await first;
      expect(await Promise.all(waiting)).toEqual([1, 1, 1, 1]);
    } finally {
      await small.close();
    }
  });

  it('is answered as a conflict saying to try again once the tries are used up', async () => {
    let tries = 0;
    const failure = await db
      .transaction(async (tx) => {
        tries++;
        await refuse(tx);
      })
      .catch((err: unknown) => err);
    expect(tries).toBeGreaterThan(1);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'conflict', message: expect.stringMatching(/Nothing of it was saved: try again/) });
    expect(STATUS[(failure as ApiError).code]).toBe(409);
    expect(await db.transaction(advisoryLocks)).toBe(0);
  });
});
