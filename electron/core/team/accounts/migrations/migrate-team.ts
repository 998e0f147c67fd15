import type pg from 'pg';
import { teamMigrations } from './index.js';
import type { TeamMigration } from './team-migration.js';

/**
 * Any number that identifies "migrating a team database" among PostgreSQL's advisory locks; the
 * library's migrations take the same one, so two servers starting at once take turns.
 */
const MIGRATION_LOCK = 7_301_826_551;

export interface TeamMigrationReport {
  applied: number[];
  version: number;
}

/** Versions at and above this belong to the team tables; the library's own steps are below it. */
const FIRST_TEAM_VERSION = 100;

export class NewerTeamSchemaError extends Error {
  constructor(version: number) {
    super(`This team database was upgraded by a newer Cuttings (schema ${version}). Upgrade this Cuttings to the version the server runs.`);
    this.name = 'NewerTeamSchemaError';
  }
}

/**
 * Brings the team tables up to date in one transaction: every pending step or none. The steps
 * are recorded in `schema_migrations`, beside the library's.
 */
export async function migrateTeamTables(
  pool: pg.Pool,
  migrations: readonly TeamMigration[] = teamMigrations,
): Promise<TeamMigrationReport> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations WHERE version >= $1', [FIRST_TEAM_VERSION])).rows.map(
        (r) => r.version,
      ),
    );
    const latestKnown = Math.max(...migrations.map((m) => m.version));
    const newer = [...done].filter((v) => v > latestKnown);
    if (newer.length) throw new NewerTeamSchemaError(Math.max(...newer));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query(m.up);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return { applied, version: latestKnown };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** Whether the team tables are missing steps this Cuttings knows (a server refuses to start on an old schema it did not upgrade). */
export async function pendingTeamMigrations(
  pool: pg.Pool,
  migrations: readonly TeamMigration[] = teamMigrations,
): Promise<TeamMigration[]> {
  const exists = await pool.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!exists.rows[0]?.present) return [...migrations];
  const { rows } = await pool.query<{ version: number }>('SELECT version FROM schema_migrations');
  const done = new Set(rows.map((r) => r.version));
  return migrations.filter((m) => !done.has(m.version));
}
