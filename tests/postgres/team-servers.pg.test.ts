import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LISTENER_NAME } from '../../electron/core/team/other-servers.js';
import { openSession, endSessions } from '../../electron/core/team/accounts/sessions.js';
import { addUser, removeUser, setRole } from '../../electron/core/team/accounts/users.js';
import { createTeamCore, type TeamCore } from '../../electron/core/team/team-core.js';
import type { CoreEvent } from '../../electron/shared/models/core-events.js';
import { openMigratedLibrary } from '../support/migrated-library.js';
import { useTestDatabase } from '../support/test-database.js';

/**
 * Two team servers on one library, as behind a load balancer: each hears the other's writes
 * through PostgreSQL and passes them on to its own pages, never its own writes twice, nothing
 * from a notification that is not one of theirs, and one refresh after losing the database.
 */

const database = useTestDatabase('team_servers');

interface Server {
  core: TeamCore;
  /** The library.edited events its subscribers received, in order. */
  edits: (string | null)[];
  /** The lines it wrote to its log. */
  log: string[];
  /** How many times it was told that accounts changed. */
  accountChanges: number;
}

let a: Server;
let b: Server;
/** A connection to the cluster's maintenance database, for what the test does to the library's. */
let admin: pg.Client;

async function startServer(name: string): Promise<Server> {
  const log: string[] = [];
  const core = createTeamCore(await openMigratedLibrary(database.url, 2), name, { log: (line) => log.push(line) });
  const edits: (string | null)[] = [];
  core.subscribe((event: CoreEvent) => {
    if (event.type === 'library.edited') edits.push(event.method);
  });
  await core.hearsOtherServers;
  const server: Server = { core, edits, log, accountChanges: 0 };
  core.onAccountsChanged(() => server.accountChanges++);
  return server;
}

const databaseName = () => new URL(database.url).pathname.slice(1);

/** A write through `server`, failing the test if the write itself fails. */
async function write(server: Server, method: string, args: unknown): Promise<unknown> {
  const result = await server.core.dispatch(method, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Sends a notification on the library's channel the plain way, as anyone who can connect may. */
async function notify(payload: string): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`NOTIFY cuttings_library, ${client.escapeLiteral(payload)}`);
  } finally {
    await client.end();
  }
}

/** Clears what the servers received so far, for the next test to look at its own. */
function forget() {
  for (const server of [a, b]) {
    server.edits.length = 0;
    server.log.length = 0;
    server.accountChanges = 0;
  }
}

const heard = (server: Server, edits: (string | null)[]) => vi.waitFor(() => expect(server.edits).toEqual(edits), { timeout: 10_000 });
const heardAccounts = (server: Server, changes: number) =>
  vi.waitFor(() => expect(server.accountChanges).toBe(changes), { timeout: 10_000 });

beforeAll(async () => {
  a = await startServer('A');
  b = await startServer('B');
  admin = new pg.Client({ connectionString: database.url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
});

let closed = false;
const closeServers = async () => {
  if (closed) return;
  closed = true;
  await Promise.all([a?.core.close(), b?.core.close()]);
};

afterAll(async () => {
  await closeServers();
  await admin?.end();
});

describe('two team servers on one library', () => {
  it('hear each other’s writes, and their own once', async () => {
    const clip = (await write(a, 'clips.create', { text: 'Harbour reopens\n\nThe harbour reopened on Monday after the storm.' })) as {
      id: number;
    };
    await heard(b, ['clips.create']);
    await write(b, 'clips.trash', { ids: [clip.id] });
    // PostgreSQL hands each listener the notices in the order their writes committed: once A
    // hears B's trash, a notice of A's own create would have come before it.
    await heard(a, ['clips.create', 'clips.trash']);
    expect(b.edits).toEqual(['clips.create', 'clips.trash']);
  });

  it('ignore notifications on the channel that are not a server’s notice', async () => {
    forget();
    for (const payload of [
      '',
      'not json',
      'null',
      '[]',
      '{"server":"C"}',
      '{"method":"clips.create"}',
      '{"method":"clips.create","server":""}',
      '{"method":"clips.create","server":7}',
      '{"method":"clips.get","server":"C"}',
      '{"method":"clips.explode","server":"C"}',
      `{"method":"clips.create","server":"${'C'.repeat(100)}"}`,
    ])
      await notify(payload);
    await notify('{"method":"tags.apply","server":"C"}');
    await heard(a, ['tags.apply']);
  });

  it('hear every change to who may use the library, from whichever process makes it', async () => {
    const pool = new pg.Pool({ connectionString: database.url });
    try {
      const user = await addUser(pool, 'noor', 'editor', 'a long enough passphrase');
      await openSession(pool, user.id);
      forget();
      await setRole(pool, 'noor', 'reader');
      await heardAccounts(a, 1);
      await endSessions(pool, user.id);
      await heardAccounts(a, 2);
      await removeUser(pool, 'noor');
      await heardAccounts(a, 3);
      await heardAccounts(b, 3);
    } finally {
      await pool.end();
    }
  });

  it('reconnect after losing the database, logging the loss and the return once, and read again once', async () => {
    forget();
    // The library refuses new connections, and the listeners' are cut, as when PostgreSQL restarts.
    await admin.query(`ALTER DATABASE "${databaseName()}" WITH ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = $2', [
      databaseName(),
      LISTENER_NAME,
    ]);
    // Long enough for several tries to fail.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(a.log).toHaveLength(1);
    expect(a.log[0]).toMatch(/stopped hearing other servers' changes .* reconnects in the background/);
    await admin.query(`ALTER DATABASE "${databaseName()}" WITH ALLOW_CONNECTIONS true`);
    await heard(a, [null]);
    // A member may have been removed meanwhile: the servers forget who is behind every session.
    expect(a.accountChanges).toBe(1);
    expect(a.log).toHaveLength(2);
    expect(a.log[1]).toMatch(/hears other servers' changes to this library again/);

    await heard(b, [null]);
    expect(b.log).toHaveLength(2);
    await write(b, 'collections.create', { name: 'Storms' });
    await heard(a, [null, 'collections.create']);
  });

  it('close at once, before they listen or while they wait to reconnect', async () => {
    const quick = createTeamCore(await openMigratedLibrary(database.url, 1), 'quick', { log: () => undefined });
    await quick.close();

    const library = await openMigratedLibrary(database.url, 1);
    const log: string[] = [];
    await admin.query(`ALTER DATABASE "${databaseName()}" WITH ALLOW_CONNECTIONS false`);
    try {
      const waiting = createTeamCore(library, 'waiting', { log: (line) => log.push(line) });
      await vi.waitFor(() => expect(log).toHaveLength(1));
      expect(log[0]).toMatch(/cannot hear other servers' changes .* keeps trying in the background/);
      await waiting.close();
    } finally {
      await admin.query(`ALTER DATABASE "${databaseName()}" WITH ALLOW_CONNECTIONS true`);
    }
  });

  it('leave no connection open once closed', async () => {
    await closeServers();
    await vi.waitFor(
      async () => {
        const left = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [databaseName()]);
        expect(left.rows[0].n).toBe(0);
      },
      { timeout: 5_000 },
    );
  });
});
