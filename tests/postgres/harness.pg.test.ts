import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/test-database.js';

describe('the PostgreSQL test harness', () => {
  const database = useTestDatabase('harness');

  it('gives each test file its own empty database on a running server', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ db: string; tables: string }>(
        "SELECT current_database() AS db, (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') AS tables",
      );
      expect(rows[0]?.db).toMatch(/^harness_[0-9a-f]{12}$/);
      expect(Number(rows[0]?.tables)).toBe(0);
    } finally {
      await client.end();
    }
  });
});
