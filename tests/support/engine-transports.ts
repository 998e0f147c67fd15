import pg from 'pg';
import { inject } from 'vitest';
import { migratePostgres } from '../../electron/core/db/pg-migrations/migrate.js';
import { postgresDatabase } from '../../electron/core/db/postgres-database.js';
import { createTeamCore } from '../../electron/core/team/team-core.js';
import { createTestDatabase } from './postgres.js';
import { downloadFrom, inProcess, overHttp, type TransportUnderTest } from './transports.js';

/** A name for the run and a way to reach a fresh, empty library through one transport. */
export type Connection = readonly [name: string, connect: () => Promise<TransportUnderTest>];

/**
 * A contract suite runs on both engines: its body takes the connections, a `*.contract.test.ts`
 * file gives it a SQLite library file (in-process and over HTTP), and its `*.contract.pg.test.ts`
 * twin gives it a migrated PostgreSQL library in the `postgres` project.
 */
export const SQLITE_CONNECTIONS: readonly Connection[] = [
  ['in-process', async () => inProcess()],
  ['over HTTP', overHttp],
];

export const POSTGRES_CONNECTIONS: readonly Connection[] = [['on a PostgreSQL team library', () => inTeamLibrary()]];

/** The team core over a fresh database of the test cluster, migrated as `cuttings team init` does; closing drops it. */
export async function inTeamLibrary(): Promise<TransportUnderTest> {
  const database = await createTestDatabase(inject('postgres'), 'contract');
  const admin = new pg.Pool({ connectionString: database.url, max: 1 });
  await migratePostgres(admin);
  await admin.end();
  const core = createTeamCore(postgresDatabase({ connectionString: database.url, max: 4 }), database.name);
  return {
    dir: '',
    invoke: (method, args) => core.dispatch(method, args),
    invokeAs: (member) => (method, args) => core.dispatch(method, args, member),
    download: (id) => downloadFrom(core, id),
    close: async () => {
      await core.close();
      await database.drop();
    },
  };
}
