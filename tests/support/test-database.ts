import { afterAll, beforeAll, inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from './postgres.js';

/**
 * A fresh database in the test cluster for the calling test file, dropped after its last test.
 * Read `.url` inside tests or hooks (it is set in beforeAll). When PostgreSQL could not be
 * started, every test of the file fails with the reason and how to install it.
 */
export function useTestDatabase(prefix = 'test'): { readonly url: string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(inject('postgres'), prefix);
  });
  afterAll(async () => {
    await database?.drop();
  });
  return {
    get url() {
      if (!database) throw new Error('The test database is made in beforeAll: read .url inside a test or a hook.');
      return database.url;
    },
  };
}
