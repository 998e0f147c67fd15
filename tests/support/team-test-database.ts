import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';

/**
 * A fresh database for one test file in the PostgreSQL cluster named by CUTTINGS_PG_ADMIN_URL
 * (a superuser's URL), dropped after the file's last test. Without it every test of the file
 * fails, saying how to give one: the PostgreSQL tests never pass silently.
 */
export function useTestDatabase(prefix = 'test'): { readonly url: string } {
  let url: string | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const admin = process.env.CUTTINGS_PG_ADMIN_URL;
    if (!admin) {
      throw new Error(
        'PostgreSQL tests need a cluster: set CUTTINGS_PG_ADMIN_URL to a superuser URL such as postgresql://postgres@127.0.0.1:55432/postgres.',
      );
    }
    const name = `${prefix}_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    const target = new URL(admin);
    target.pathname = `/${name}`;
    url = target.toString();
    drop = async () => {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    };
  });
  afterAll(async () => drop?.());
  return {
    get url() {
      if (!url) throw new Error('The test database is made in beforeAll: read .url inside a test or a hook.');
      return url;
    },
  };
}
