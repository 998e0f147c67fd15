import type { Db } from './sqlite.js';
import type { Query } from './sql.js';
import type { LibraryDatabase } from './library-database.js';

/**
 * Queues callers one after another: a connection has one transaction at a time, so a second
 * caller waits until the first transaction ends instead of writing inside it.
 */
class Turns {
  #last: Promise<unknown> = Promise.resolve();

  take<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#last.then(work);
    this.#last = result.catch(() => undefined);
    return result;
  }
}

function queries(db: Db) {
  return {
    all: <Row>([text, params]: Query) => db.prepare(text).all(...params) as Row[],
    get: <Row>([text, params]: Query) => db.prepare(text).get(...params) as Row | undefined,
    run: ([text, params]: Query) => ({ changes: db.prepare(text).run(...params).changes }),
  };
}

/** A handle inside an open transaction: its queries run at once, in it. */
function inTransaction(db: Db): SqliteLibraryDatabase {
  const q = queries(db);
  const tx: SqliteLibraryDatabase = {
    dialect: 'sqlite',
    connection: db,
    all: async (query) => q.all(query),
    get: async (query) => q.get(query),
    run: async (query) => q.run(query),
    transaction: (work) => work(tx),
    readSnapshot: (work) => work(tx),
    close: async () => {
      throw new Error('A transaction cannot close the library; close it where it was opened.');
    },
  };
  return tx;
}

/** The interface over SQLite, with its connection for the code that calls SQLite alone (the FTS5 index). */
export interface SqliteLibraryDatabase extends LibraryDatabase {
  readonly connection: Db;
}

/** The SQLite connection under `db`; an error for any other engine, since the caller's SQL is SQLite's own. */
export function sqliteConnection(db: LibraryDatabase): Db {
  if (!('connection' in db)) throw new Error(`This needs a SQLite library, and the library is on ${db.dialect}.`);
  return (db as SqliteLibraryDatabase).connection;
}

const opened = new WeakMap<Db, SqliteLibraryDatabase>();

/**
 * The asynchronous interface over a better-sqlite3 connection the caller opened (openLibrary),
 * so one repository serves the file and the server. Transactions take the write lock at their
 * start (BEGIN IMMEDIATE), as writeTransaction does, and other calls wait for them to end. One
 * interface per connection, whoever asks, so every caller waits in the same queue.
 */
export interface SqliteDatabaseOptions {
  closeConnection?: boolean;
  /**
   * A second, read-only connection to the same file inside a read transaction (openReadSnapshot),
   * so a long read sees one moment of the library while this connection goes on writing. Without
   * it, a snapshot is a read transaction on this connection, and other callers wait for its end.
   */
  openSnapshot?: () => { db: Db; end(): void };
}

export function sqliteDatabase(db: Db, options: SqliteDatabaseOptions = {}): SqliteLibraryDatabase {
  let library = opened.get(db);
  if (!library) opened.set(db, (library = overConnection(db, options)));
  return library;
}

function overConnection(db: Db, options: SqliteDatabaseOptions): SqliteLibraryDatabase {
  const q = queries(db);
  const turns = new Turns();
  return {
    dialect: 'sqlite',
    connection: db,
    all: (query) => turns.take(async () => q.all(query)),
    get: (query) => turns.take(async () => q.get(query)),
    run: (query) => turns.take(async () => q.run(query)),
    transaction: (work) =>
      turns.take(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(inTransaction(db));
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }),
    readSnapshot: async (work) => {
      if (options.openSnapshot) {
        const snapshot = options.openSnapshot();
        try {
          return await work(inTransaction(snapshot.db));
        } finally {
          snapshot.end();
        }
      }
      return turns.take(async () => {
        db.exec('BEGIN');
        try {
          return await work(inTransaction(db));
        } finally {
          if (db.inTransaction) db.exec('COMMIT');
        }
      });
    },
    close: async () => {
      if (options.closeConnection) db.close();
    },
  };
}
