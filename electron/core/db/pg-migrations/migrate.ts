import type pg from 'pg';
import { ApiError } from '../../../shared/api/errors.js';
import { inPgTransaction } from '../pg-transaction.js';
import type { PgMigration } from './migration.js';
import { pgMigrations } from './index.js';

/**
 * Any number that identifies "migrating the team library" among the server's advisory locks;
 * every Cuttings server uses the same one, so two starting at once take turns.
 */
const MIGRATION_LOCK = 7_301_826_551;

export interface MigrationReport {
  applied: number[];
  version: number;
}

/**
 * Brings a team library's schema up to date, in one transaction: every pending migration or
 * none. The advisory lock makes a second server starting at the same moment wait, then find the
 * work done. A database migrated by a newer Cuttings is refused, as a newer library file is.
 */
export function migratePostgres(pool: pg.Pool, migrations: readonly PgMigration[] = pgMigrations): Promise<MigrationReport> {
  return inPgTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const known = new Set(migrations.map((m) => m.version));
    const newer = [...done].filter((v) => !known.has(v) && v > Math.max(...known));
    if (newer.length) {
      throw new ApiError(
        'library_unavailable',
        `This team library was upgraded by a newer Cuttings (schema ${Math.max(...newer)}). Upgrade this server to the version the others run.`,
      );
    }
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query(m.up);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return { applied, version: Math.max(...known, ...done) };
  });
}

export interface PendingMigrations {
  /** True when no migration has run: the database holds no team library yet. */
  empty: boolean;
  pending: PgMigration[];
}

/**
 * The migrations a team library still lacks, read without changing anything: a server refuses
 * to start on a schema it would have to change, and leaves the upgrade to `team init --upgrade`.
 */
export async function pendingPostgresMigrations(
  pool: pg.Pool,
  migrations: readonly PgMigration[] = pgMigrations,
): Promise<PendingMigrations> {
  const exists = await pool.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  const done = exists.rows[0]?.present
    ? new Set((await pool.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version))
    : new Set<number>();
  return { empty: done.size === 0, pending: migrations.filter((m) => !done.has(m.version)) };
}
