import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import type { Query } from '../../electron/core/db/sql.js';

export interface RanStatement {
  sql: string;
  params: unknown[];
}

/** Every query `work` sent through `db`, with its parameters, so a test can ask the engine about a repository's own SQL instead of a copy of it. */
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
      readSnapshot: (nested, options) => inner.readSnapshot((snapshot) => nested(spyOn(snapshot)), options),
      close: () => inner.close(),
    };
    return spy;
  };
  const spy = spyOn(db);
  await work(spy);
  return ran;
}
