import type { Query } from './sql.js';

/** The two engines a library can live in: a file for one person, a server for a team. */
export type Dialect = 'sqlite' | 'postgres';

export interface TransactionOptions {
  /**
   * Wait for the other transactions marked so to end before starting. Saves of new clips read
   * (the duplicate checks) what each other write, so two at once refuse each other on PostgreSQL
   * and one has to run again; in turn they both go through. SQLite writes one at a time anyway.
   */
  inTurn?: boolean;
}

export interface SnapshotOptions {
  /**
   * Settings of PostgreSQL's planner for the snapshot's queries alone (SET LOCAL), set as the
   * snapshot begins, in the same round trip; names and values are the code's own, never a
   * user's. A SQLite library has no such settings and ignores them.
   */
  planner?: Readonly<Record<string, string>>;
}

/**
 * A library's database seen the same way whatever holds it, so a repository written once runs
 * on both. Queries are built with `sql` (placeholders `?`); each engine binds them its own way.
 * Every call is asynchronous because PostgreSQL is across a network; over SQLite the calls
 * complete at once.
 */
export interface LibraryDatabase {
  readonly dialect: Dialect;
  all<Row>(query: Query): Promise<Row[]>;
  get<Row>(query: Query): Promise<Row | undefined>;
  run(query: Query): Promise<{ changes: number }>;
  /**
   * Runs `work` as one transaction: all of it or none. `work` may be run again when the engine
   * refuses it for a conflict with a concurrent transaction, so it must do nothing outside `tx`
   * that cannot be repeated.
   */
  transaction<T>(work: (tx: LibraryDatabase) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Runs `work` over the library as it stands at one moment while others go on writing, so a
   * long read (an export) holds no half of a change made meanwhile. `work` only reads.
   */
  readSnapshot<T>(work: (snapshot: LibraryDatabase) => Promise<T>, options?: SnapshotOptions): Promise<T>;
  close(): Promise<void>;
}

/** The first column of every row, as `pluck` does for the synchronous helpers. */
export async function pluckAll<Value>(db: LibraryDatabase, query: Query): Promise<Value[]> {
  const rows = await db.all<Record<string, Value>>(query);
  return rows.map((row) => Object.values(row)[0]!);
}
