import type { Db } from '../../electron/core/db/open-library.js';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import type { Query } from '../../electron/core/db/sql.js';

export interface RanStatement {
  sql: string;
  params: unknown[];
}

const RUNS = new Set(['all', 'get', 'run', 'iterate']);
const CHAINS = new Set(['pluck', 'raw', 'expand', 'safeIntegers']);

/**
 * Runs `work` against `db` and returns every statement it ran with its parameters, so a test can
 * ask SQLite about the repositories' own SQL instead of a copy of it.
 */
export function captureSql(db: Db, work: (db: Db) => unknown): RanStatement[] {
  const ran: RanStatement[] = [];
  const watch = (sql: string, statement: object): object => {
    const watched: object = new Proxy(statement, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (typeof value !== 'function') return value;
        if (RUNS.has(String(key))) {
          return (...params: unknown[]) => {
            ran.push({ sql, params });
            return (value as (...a: unknown[]) => unknown).apply(target, params);
          };
        }
        if (CHAINS.has(String(key))) {
          return (...args: unknown[]) => {
            (value as (...a: unknown[]) => unknown).apply(target, args);
            return watched;
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
    return watched;
  };
  const spy = new Proxy(db, {
    get(target, key) {
      if (key === 'prepare') return (sql: string) => watch(sql, target.prepare(sql));
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  work(spy);
  return ran;
}

/** The same for a repository over the asynchronous interface: every query `work` sent through `db`, with its parameters. */
export async function captureQueries(db: LibraryDatabase, work: (db: LibraryDatabase) => Promise<unknown>): Promise<RanStatement[]> {
  const ran: RanStatement[] = [];
  const record = (query: Query): Query => {
    ran.push({ sql: query[0], params: [...query[1]] });
    return query;
  };
  const spyOn = (inner: LibraryDatabase): LibraryDatabase => {
    const spy: LibraryDatabase = {
      dialect: inner.dialect,
      all: (query) => inner.all(record(query)),
      get: (query) => inner.get(record(query)),
      run: (query) => inner.run(record(query)),
      transaction: (nested) => inner.transaction((tx) => nested(spyOn(tx))),
      readSnapshot: (nested) => inner.readSnapshot((snapshot) => nested(spyOn(snapshot))),
      close: () => inner.close(),
    };
    return spy;
  };
  const spy = spyOn(db);
  await work(spy);
  return ran;
}
