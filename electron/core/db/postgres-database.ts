import type pg from 'pg';
import { ApiError } from '../../shared/api/errors.js';
import type { Query } from './sql.js';
import type { LibraryDatabase, TransactionOptions } from './library-database.js';
import { numberPlaceholders } from './postgres-placeholders.js';
import { pgDriver } from './pg-driver.js';
import { MERGE_MEMORY } from './pending-index-entries.js';

/** SQLSTATEs meaning "another transaction got in the way; run it again": serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 6;
/**
 * Any number that names "a write waiting its turn" among the server's advisory locks; every
 * Cuttings server of a library uses the same one, so writers on two servers take turns too.
 */
const TURN_LOCK = 7_301_826_552;
/** SQLSTATE classes meaning the server cannot be reached or is going away. */
const UNAVAILABLE_CLASSES = ['08', '57'];

const INT8 = 20;
const NUMERIC = 1700;

/**
 * Counts and ids arrive as bigint, which pg gives as strings to be safe beyond 2^53. Library ids
 * and counts stay far below it, and the contract's numbers are numbers, so they are read as such.
 */
function typeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === INT8 || oid === NUMERIC) return Number;
  const { types } = pgDriver();
  return format === 'binary' ? types.getTypeParser(oid, 'binary') : types.getTypeParser(oid, 'text');
}

export interface PostgresOptions {
  connectionString: string;
  /** Connections the pool may open at once. */
  max?: number;
}

const lostServer = (err: unknown): boolean => {
  const e = err as { code?: string; message?: string };
  const refused = ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE'].includes(e.code ?? '');
  const serverSide = typeof e.code === 'string' && UNAVAILABLE_CLASSES.some((c) => e.code!.startsWith(c));
  const ended = /Connection terminated|not queryable|Client has encountered a connection error/.test(e.message ?? '');
  return refused || serverSide || ended;
};

/**
 * The answer to a request that met a database gone away (stopped, restarting, out of reach),
 * or null for any other error. Such a request changed nothing: its transaction never committed.
 */
export function databaseUnreachable(err: unknown): ApiError | null {
  if (err instanceof ApiError) return err.code === 'library_unavailable' ? err : null;
  if (!lostServer(err)) return null;
  const e = err as { code?: string; message?: string };
  return new ApiError(
    'library_unavailable',
    `The team library's database is unreachable (${e.message ?? e.code}). Nothing was saved by this request; try again in a moment, when the database server is back.`,
  );
}

/** A COMMIT whose answer never came: PostgreSQL may have made the change whole, or not at all. */
function commitUnknown(err: unknown): ApiError {
  return new ApiError(
    'library_unavailable',
    `The team library's database became unreachable while this change was being saved (${(err as Error).message}), so it was saved whole or not at all. Look for it once the server is back, then try again if it is missing.`,
  );
}

/** Errors from the driver, with the ones meaning "the server is gone" said in words a person can act on. */
function explained(err: unknown): unknown {
  return databaseUnreachable(err) ?? err;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries used up: the request changed nothing, and saying so in words beats a server error. */
function stillContended(): ApiError {
  return new ApiError(
    'conflict',
    `Others were saving changes to the same part of the team library at the same moment, and this change could not be saved after ${MAX_ATTEMPTS} tries. Nothing of it was saved: try again in a moment.`,
  );
}

/**
 * Runs `work` holding the turn lock: a session lock, taken before BEGIN so the transaction's
 * snapshot is taken once the writer before it has committed, and given back after COMMIT or
 * ROLLBACK. A connection that cannot give it back is thrown away, which gives it back.
 */
async function inTurn<T>(client: pg.PoolClient, broke: () => void, work: () => Promise<T>): Promise<T> {
  try {
    await client.query('SELECT pg_advisory_lock($1)', [TURN_LOCK]);
  } catch (err) {
    broke();
    throw explained(err);
  }
  try {
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [TURN_LOCK]).catch(broke);
  }
}

/** Texts seen this often are named; at most this many are, and this many unnamed ones are counted before the count starts again. */
const NAMED_AFTER = 3;
const MAX_NAMED = 200;
const MAX_COUNTED = 5_000;

/**
 * Names for the statements a library runs again and again (a clip read by id, a list page, a
 * save's inserts), so that each connection parses one once and PostgreSQL may keep its plan,
 * rather than parsing and planning it on every call: for a short query that is half its cost.
 * A text is named once seen NAMED_AFTER times, and at most MAX_NAMED texts are, so a connection
 * keeps a bounded number of statements however varied the queries.
 */
function statementNames(): (text: string) => string | undefined {
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  return (text) => {
    const name = names.get(text);
    if (name !== undefined || names.size >= MAX_NAMED) return name;
    const times = (seen.get(text) ?? 0) + 1;
    if (times < NAMED_AFTER) {
      if (seen.size >= MAX_COUNTED) seen.clear();
      seen.set(text, times);
      return undefined;
    }
    seen.delete(text);
    const named = `cuttings_${names.size}`;
    names.set(text, named);
    return named;
  };
}

type StatementNames = ReturnType<typeof statementNames>;

/** Queries over `client`, named by `names`; without it every statement is parsed and planned afresh. */
function queries(client: pg.Pool | pg.PoolClient, names?: StatementNames) {
  const exec = async ([text, params]: Query) => {
    try {
      const numbered = numberPlaceholders(text);
      return await client.query({ name: names?.(numbered), text: numbered, values: params as unknown[] });
    } catch (err) {
      throw explained(err);
    }
  };
  return {
    all: async <Row>(query: Query) => (await exec(query)).rows as Row[],
    get: async <Row>(query: Query) => (await exec(query)).rows[0] as Row | undefined,
    run: async (query: Query) => ({ changes: (await exec(query)).rowCount ?? 0 }),
  };
}

function inTransaction(client: pg.PoolClient, names?: StatementNames): LibraryDatabase {
  const tx: LibraryDatabase = {
    dialect: 'postgres',
    ...queries(client, names),
    transaction: (work) => work(tx),
    // Within a transaction already: its snapshot is the one read, and planner settings last to its end.
    readSnapshot: async (work, options = {}) => {
      const settings = setLocal(options.planner ?? {});
      if (settings.length) await client.query(settings.join('; ')).catch((err: unknown) => Promise.reject(explained(err)));
      return work(tx);
    },
    close: async () => {
      throw new Error('A transaction cannot close the library; close it where it was opened.');
    },
  };
  return tx;
}

/** A pool of connections to a team database, reading counts and ids as numbers. */
export function postgresPool(options: PostgresOptions): pg.Pool {
  const { Pool } = pgDriver();
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    types: { getTypeParser: typeParser } as pg.CustomTypesConfig,
  });
  // An idle connection dropped by a restarting server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * A team library over a pool of PostgreSQL connections. A transaction holds one connection
 * from BEGIN to COMMIT and runs SERIALIZABLE, the isolation an SQLite file gives, so code
 * written for one behaves the same on the other; when PostgreSQL refuses it for a conflict with
 * a concurrent one, it runs again from the start after a short random pause.
 */
export function postgresDatabase(options: PostgresOptions): PostgresLibrary {
  return postgresLibrary(postgresPool(options));
}

/** A connection from the pool, the pool's failure said in words. */
async function connect(pool: pg.Pool): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (err) {
    throw explained(err);
  }
}

/**
 * Runs `work` on one connection. A server that goes away between two of its queries must not
 * crash the process: the next query fails instead, and the connection is thrown away, as it is
 * when `work` marks it broken.
 */
async function onOneConnection<T>(pool: pg.Pool, work: (client: pg.PoolClient, broke: () => void) => Promise<T>): Promise<T> {
  const client = await connect(pool);
  let broken = false;
  const broke = () => {
    broken = true;
  };
  client.on('error', broke);
  try {
    return await work(client, broke);
  } finally {
    client.off('error', broke);
    client.release(broken);
  }
}

/**
 * Runs `run` once the turns queued before it in this process have ended. Writers waiting their
 * turn wait here, holding no connection: each one waiting in PostgreSQL for the advisory lock
 * would hold a connection, and a few of them would take the pool that searches and reads need.
 * A `run` must not wait for another turn of the same library, which would wait for it.
 */
function turnQueue(): <T>(run: () => Promise<T>) => Promise<T> {
  let last: Promise<void> = Promise.resolve();
  return async (run) => {
    const before = last;
    let done!: () => void;
    last = new Promise((resolve) => (done = resolve));
    try {
      await before;
      return await run();
    } finally {
      done();
    }
  };
}

/** SET LOCAL statements for the settings; a name or value that is not a plain word is refused, as no setting of ours needs more. */
function setLocal(settings: Readonly<Record<string, string>>): string[] {
  return Object.entries(settings).map(([name, value]) => {
    if (!/^[a-z_]+$/.test(name) || !/^[\w.]+$/.test(value)) throw new Error(`Not a planner setting: ${name} = ${value}`);
    return `SET LOCAL ${name} = '${value}'`;
  });
}

/**
 * How a write transaction starts, in one round trip. A write that finds a GIN index's pending list
 * past its bound (pending-index-entries.ts) merges the list itself, gathering entries in work_mem
 * before it writes each key's run to the index: with the default 4 MB it writes the same keys to
 * the index many times over, and an import's batch that tips the list waits seconds for it. With
 * MERGE_MEMORY, as the merges made by gin_clean_pending_list have, a full list is written in one
 * run. It is a bound, not an allocation: other statements use no more than before.
 */
const BEGIN_WRITE = `BEGIN ISOLATION LEVEL SERIALIZABLE; SET LOCAL work_mem = '${MERGE_MEMORY}'`;

/** A team library with its pool, whose connection settings the team core also uses for a connection of its own. */
export type PostgresLibrary = LibraryDatabase & { pool: pg.Pool };

/** The same over a pool already open (the team server's, shared with its accounts); closing the library ends the pool. */
export function postgresLibrary(pool: pg.Pool): PostgresLibrary {
  const inProcessTurn = turnQueue();
  const names = statementNames();
  return {
    dialect: 'postgres',
    pool,
    ...queries(pool, names),
    transaction: async <T>(work: (tx: LibraryDatabase) => Promise<T>, options: TransactionOptions = {}) => {
      for (let attempt = 1; ; attempt++) {
        // A transaction refused once runs again in turn, so two refused together do not meet again.
        const queued = options.inTurn === true || attempt > 1;
        const attemptOnce = () =>
          onOneConnection(pool, async (client, broke) => {
            const once = async (): Promise<{ result: T } | null> => {
              let committing = false;
              try {
                await client.query(BEGIN_WRITE);
                const result = await work(inTransaction(client, names));
                committing = true;
                await client.query('COMMIT');
                return { result };
              } catch (err) {
                if (committing && lostServer(err)) {
                  broke();
                  throw commitUnknown(err);
                }
                await client.query('ROLLBACK').catch(broke);
                const code = (err as { code?: string }).code ?? '';
                if (!RETRYABLE.has(code)) throw explained(err);
                if (attempt >= MAX_ATTEMPTS) throw stillContended();
                return null;
              }
            };
            return queued ? inTurn(client, broke, once) : once();
          });
        const done = await (queued ? inProcessTurn(attemptOnce) : attemptOnce());
        if (done) return done.result;
        await pause(Math.random() * 20 * attempt);
      }
    },
    // REPEATABLE READ READ ONLY sees one snapshot from its first query to its end and is never
    // refused for a conflict, so a long export needs no second run.
    readSnapshot: (work, options = {}) =>
      onOneConnection(pool, async (client, broke) => {
        try {
          // Without parameters the text goes as one simple query, which may hold several statements.
          await client.query(['BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', ...setLocal(options.planner ?? {})].join('; '));
          // Unnamed: a search's plan depends on the words asked for, so it is made for each one.
          const result = await work(inTransaction(client));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(broke);
          throw explained(err);
        }
      }),
    close: () => pool.end(),
  };
}
