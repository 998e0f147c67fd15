import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for the tests: made by `initdb` in a temporary folder, started on
 * a free port of 127.0.0.1 by `pg_ctl`, stopped and deleted afterwards. Nothing assumes a server
 * already running, and nothing outside the temporary folder is touched.
 *
 * PostgreSQL refuses to run as root, so as root the cluster belongs to an unprivileged user
 * (`postgres`, which Debian's package creates; CUTTINGS_PG_USER names another). The binaries come
 * from CUTTINGS_PG_BINDIR, else `pg_config --bindir`, else the newest /usr/lib/postgresql/N/bin.
 *
 * One cluster serves every PostgreSQL test file (tests/support/postgres-global-setup.ts starts it
 * for the `postgres` Vitest project, which runs every `*.pg.test.ts`); each file makes its own
 * database with `createTestDatabase()`.
 */

export interface PostgresCluster {
  host: string;
  port: number;
  /** The superuser, who connects without a password (trust authentication, 127.0.0.1 only). */
  user: string;
  dataDir: string;
  /** Stops the server as a crash or a pulled plug would (immediate shutdown); the data stays, to be started again. */
  crash(): void;
  /** Starts the server again on the same port after crash(). */
  restart(): void;
  stop(): void;
}

export interface ClusterOptions {
  /**
   * Acknowledge a commit only once its WAL is written, as PostgreSQL does by default, so a crash
   * keeps every acknowledged change. Left out, commits are acknowledged before (cheaper tests).
   */
  durable?: boolean;
}

/** What the global setup hands the test files: the cluster's address, or why there is none. */
export type ProvidedPostgres = { host: string; port: number; user: string } | { error: string };

const INSTALL_HINT =
  'Install PostgreSQL (Debian/Ubuntu: `apt-get install postgresql`; macOS: `brew install postgresql`), ' +
  'or set CUTTINGS_PG_BINDIR to the folder holding initdb, pg_ctl and postgres.';

export class PostgresUnavailable extends Error {
  constructor(reason: string) {
    super(`PostgreSQL tests cannot run: ${reason} ${INSTALL_HINT}`);
    this.name = 'PostgresUnavailable';
  }
}

const EXE = process.platform === 'win32' ? '.exe' : '';
const program = (dir: string, name: string) => join(dir, `${name}${EXE}`);

function hasServerBinaries(dir: string): boolean {
  return ['initdb', 'pg_ctl', 'postgres'].every((name) => existsSync(program(dir, name)));
}

/**
 * The cluster's locale: lower() and the text-search parser follow its LC_CTYPE, so it must know
 * Cyrillic and other scripts' letters (a plain C locale does not). CUTTINGS_PG_LOCALE overrides.
 */
function clusterLocale(): string[] {
  const locale = process.env.CUTTINGS_PG_LOCALE ?? { linux: 'C.UTF-8', darwin: 'en_US.UTF-8' }[process.platform as string];
  return locale ? [`--locale=${locale}`] : [];
}

/** The folder holding initdb, pg_ctl and postgres. */
export function postgresBinDir(): string {
  const fromEnv = process.env.CUTTINGS_PG_BINDIR;
  if (fromEnv) {
    if (!hasServerBinaries(fromEnv)) throw new PostgresUnavailable(`CUTTINGS_PG_BINDIR=${fromEnv} holds no initdb, pg_ctl and postgres.`);
    return fromEnv;
  }
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const fromPgConfig = pgConfig.status === 0 ? pgConfig.stdout.trim() : '';
  if (fromPgConfig && hasServerBinaries(fromPgConfig)) return fromPgConfig;
  const debianRoot = '/usr/lib/postgresql';
  const versions = existsSync(debianRoot)
    ? readdirSync(debianRoot)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const found = versions.map((v) => join(debianRoot, v, 'bin')).find(hasServerBinaries);
  if (found) return found;
  throw new PostgresUnavailable('no PostgreSQL server binaries (initdb, pg_ctl, postgres) were found.');
}

interface CommandLine {
  command: string;
  args: string[];
}

interface RunAs {
  /** The command and arguments that run `program args` as the cluster's owner. */
  wrap(program: string, args: string[]): CommandLine;
  uid: number;
  gid: number;
}

/** Root runs the cluster as an unprivileged user; anyone else runs it as themselves. */
function clusterOwner(): RunAs {
  const me = userInfo();
  if (me.uid !== 0) return { wrap: (program, args) => ({ command: program, args }), uid: me.uid, gid: me.gid };
  const name = process.env.CUTTINGS_PG_USER ?? 'postgres';
  const ids = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gids = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (ids.status !== 0 || gids.status !== 0) {
    throw new PostgresUnavailable(
      `the tests run as root, PostgreSQL refuses to run as root, and there is no user "${name}" to run it as. ` +
        'Create one (`useradd --system postgres`, which the postgresql package does) or name another with CUTTINGS_PG_USER.',
    );
  }
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find(existsSync);
  if (!runuser)
    throw new PostgresUnavailable('the tests run as root and `runuser` (util-linux) is missing to start PostgreSQL as another user.');
  return {
    wrap: (program, args) => ({ command: runuser, args: ['-u', name, '--', program, ...args] }),
    uid: Number(ids.stdout.trim()),
    gid: Number(gids.stdout.trim()),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function run({ command, args }: CommandLine, what: string, logFile?: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000 });
  if (result.status === 0) return;
  const log = logFile && existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim();
  throw new PostgresUnavailable(`${what} failed (${[command, ...args].join(' ')}):\n${output}\n${log}`);
}

/** Starts a new cluster in a temporary folder; `stop()` stops it and deletes the folder. */
export async function startPostgresCluster(options: ClusterOptions = {}): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const owner = clusterOwner();
  const base = mkdtempSync(join(tmpdir(), 'cuttings-pg-'));
  const dataDir = join(base, 'data');
  const logFile = join(base, 'server.log');
  const user = 'postgres';
  let started = false;
  const stop = () => {
    if (started) {
      const { command, args } = owner.wrap(program(bin, 'pg_ctl'), ['-D', dataDir, 'stop', '-m', 'immediate']);
      spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 });
      started = false;
    }
    rmSync(base, { recursive: true, force: true });
  };
  try {
    // The folder is the owner's alone: the data, the socket and the log live in it.
    chownSync(base, owner.uid, owner.gid);
    run(
      owner.wrap(program(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', user, '-E', 'UTF8', ...clusterLocale(), '--no-sync']),
      'initdb',
    );
    const port = await freePort();
    // The disk is not under test: fsync off makes the many small transactions of the tests cheap, and
    // a crash of the server alone (crash()) still finds every write the operating system was handed.
    const sockets = process.platform === 'win32' ? `-c unix_socket_directories=''` : `-k ${base}`;
    const commits = options.durable ? '' : ' -c synchronous_commit=off';
    const serverOptions = `${sockets} -c listen_addresses=127.0.0.1 -p ${port} -c fsync=off${commits} -c full_page_writes=off`;
    const start = () => {
      started = true;
      run(
        owner.wrap(program(bin, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', 'start']),
        'pg_ctl start',
        logFile,
      );
    };
    const crash = () => {
      run(owner.wrap(program(bin, 'pg_ctl'), ['-D', dataDir, 'stop', '-m', 'immediate']), 'pg_ctl stop', logFile);
      started = false;
    };
    start();
    return { host: '127.0.0.1', port, user, dataDir, crash, restart: start, stop };
  } catch (err) {
    stop();
    throw err;
  }
}

/** The cluster the global setup started, or the reason it could not, as a thrown PostgresUnavailable. */
export function connectionOf(provided: ProvidedPostgres | undefined): { host: string; port: number; user: string } {
  if (provided === undefined) {
    throw new PostgresUnavailable(
      'no cluster was started for this test file. PostgreSQL tests are named *.pg.test.ts and run in the `postgres` Vitest project, whose global setup starts the cluster.',
    );
  }
  if ('error' in provided) throw new Error(provided.error);
  return provided;
}

export interface TestDatabase {
  /** postgresql://user@127.0.0.1:port/name */
  url: string;
  name: string;
  /** Drops the database, closing any connection still open to it. */
  drop(): Promise<void>;
}

/** A new, empty database in the cluster, for one test file. */
export async function createTestDatabase(provided: ProvidedPostgres | undefined, prefix = 'test'): Promise<TestDatabase> {
  const { host, port, user } = connectionOf(provided);
  const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(6).toString('hex')}`;
  const admin = `postgresql://${user}@${host}:${port}/postgres`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://${user}@${host}:${port}/${name}`,
    name,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
