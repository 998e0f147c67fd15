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
  const spy: LibraryDatabase = {
    dialect: db.dialect,
    all: (query) => db.all(record(query)),
    get: (query) => db.get(record(query)),
    run: (query) => db.run(record(query)),
    transaction: (inner) => db.transaction(() => inner(spy)),
    close: () => db.close(),
  };
  await work(spy);
  return ran;
}
