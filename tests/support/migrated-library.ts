import pg from 'pg';
import { migratePostgres } from '../../electron/core/db/pg-migrations/migrate.js';
import { postgresDatabase, type PostgresLibrary } from '../../electron/core/db/postgres-database.js';

/** A team library over the database at `url`, migrated to the newest schema first, as `team init` leaves it. */
export async function openMigratedLibrary(url: string, max = 4): Promise<PostgresLibrary> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await migratePostgres(pool);
  } finally {
    await pool.end();
  }
  return postgresDatabase({ connectionString: url, max });
}
