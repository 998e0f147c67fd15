import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { migratePostgres } from '../../electron/core/db/pg-migrations/migrate.js';
import { pgMigrations } from '../../electron/core/db/pg-migrations/index.js';
import { useTestDatabase } from '../support/test-database.js';

/**
 * A team library's schema, as recorded in pg-schema-snapshot.json: every table and index with its
 * columns. Migrations may add to it but never take away. It also holds every table and column of
 * the SQLite library (schema-snapshot.json), full-text tables aside, so one repository's SQL
 * finds the same names on both. After a change made on purpose, record it with
 * `UPDATE_SCHEMA_SNAPSHOT=1` and this test.
 */
const SNAPSHOT = join(import.meta.dirname, 'pg-schema-snapshot.json');
const SQLITE_SNAPSHOT = join(import.meta.dirname, 'schema-snapshot.json');

type Schema = Record<string, { type: string; columns: string[] }>;

async function schemaOf(pool: pg.Pool): Promise<Schema> {
  const columns = await pool.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
     WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const indexes = await pool.query<{ name: string; columns: string[] }>(
    `SELECT i.relname AS name, array(SELECT pg_get_indexdef(x.indexrelid, k, true) FROM generate_subscripts(x.indkey, 1) AS k) AS columns
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
     WHERE n.nspname = 'public' ORDER BY i.relname`,
  );
  const schema: Schema = {};
  for (const c of columns.rows) {
    schema[c.table_name] ??= { type: 'table', columns: [] };
    schema[c.table_name]!.columns.push(`${c.column_name} ${c.data_type}${c.is_nullable === 'NO' ? ' NOT NULL' : ''}`);
  }
  for (const i of indexes.rows) schema[i.name] = { type: 'index', columns: i.columns };
  return schema;
}

/**
 * Columns the SQLite library keeps unused because dropping them would rewrite every clip (its
 * migration 0090); the team library dropped them, which PostgreSQL does without a rewrite.
 */
const SQLITE_RETIRED = new Set(['clips.version', 'clips.changed_by', 'clips.changed_at']);

describe('the team library schema', () => {
  const database = useTestDatabase('schema');
  let pool: pg.Pool;
  let current: Schema;
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
    await migratePostgres(pool);
    current = await schemaOf(pool);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, 2)}\n`);
  });
  afterAll(async () => pool.end());

  it('keeps every table, index and column the recorded schema has, as it was', () => {
    const recorded = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Schema;
    expect(Object.keys(recorded).length).toBeGreaterThan(20);
    for (const [name, { type, columns }] of Object.entries(recorded)) {
      expect(current[name], `${type} ${name} is gone`).toBeDefined();
      expect(current[name]!.type).toBe(type);
      for (const column of columns) expect(current[name]!.columns, `${name}.${column}`).toContain(column);
    }
  });

  it('has every table and column of the SQLite library, full-text tables and retired columns aside', () => {
    const sqlite = JSON.parse(readFileSync(SQLITE_SNAPSHOT, 'utf8')) as Schema;
    for (const [name, { type, columns }] of Object.entries(sqlite)) {
      if (type !== 'table' || name.startsWith('clips_fts') || name.startsWith('clips_cjk')) continue;
      expect(current[name], `table ${name}`).toBeDefined();
      const names = current[name]!.columns.map((c) => c.split(' ')[0]);
      for (const column of columns) {
        const columnName = column.split(' ')[0]!;
        if (!SQLITE_RETIRED.has(`${name}.${columnName}`)) expect(names, `${name}.${column}`).toContain(columnName);
      }
    }
  });

  it('gives every row a person edits a version for optimistic concurrency, raised by every update', async () => {
    // A clip's version has a narrow table of its own, so that raising it writes no copy of the clip.
    for (const table of ['clip_versions', 'tags', 'collections', 'highlights', 'comparisons', 'dossiers', 'settings']) {
      expect(current[table]!.columns, table).toContain('version integer NOT NULL');
    }
    await pool.query(`INSERT INTO settings (key, value) VALUES ('theme', 'dark')`);
    await pool.query(`UPDATE settings SET value = 'light' WHERE key = 'theme'`);
    await pool.query(`UPDATE settings SET value = 'dark' WHERE key = 'theme'`);
    expect((await pool.query('SELECT version FROM settings')).rows).toEqual([{ version: 3 }]);
  });

  it('records each migration once, and a second run finds nothing to do', async () => {
    const again = await migratePostgres(pool);
    expect(again.applied).toEqual([]);
    const rows = (await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows;
    expect(rows.map((r) => r.version)).toEqual(pgMigrations.map((m) => m.version));
  });
});

describe('two servers starting at once', () => {
  const database = useTestDatabase('race');

  it('migrate one after the other: the second finds the work done', async () => {
    const pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: database.url, max: 2 }));
    try {
      const reports = await Promise.all(pools.map((p) => migratePostgres(p)));
      const applied = reports.map((r) => r.applied.length).sort((a, b) => b - a);
      expect(applied).toEqual([pgMigrations.length, 0, 0]);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('refuses a library migrated by a newer Cuttings', async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    try {
      await pool.query(`INSERT INTO schema_migrations (version, name) VALUES (9990, 'from the future')`);
      await expect(migratePostgres(pool)).rejects.toThrow(/newer Cuttings \(schema 9990\)/);
    } finally {
      await pool.end();
    }
  });
});
