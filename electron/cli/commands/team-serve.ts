import { fileURLToPath } from 'node:url';
import type { CommandContext } from '../command.js';
import { CliError } from '../cli-error.js';
import {
  countUsers,
  createTeamCore,
  describeAddress,
  openTeamPool,
  pendingPostgresMigrations,
  postgresLibrary,
  readEveryPasteInWorker,
  warmPasteReading,
} from '../../core/index.js';
import { startTeamServer } from '../../server/team/team-server.js';
import { withTeamDatabase } from '../team-database.js';

function listenAddress(value: string | undefined): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value ?? '');
  const port = Number(match?.[3]);
  if (!match || port > 65535) {
    throw new CliError('Give --listen HOST:PORT, such as 127.0.0.1:8080 behind a reverse proxy ([::1]:8080 for IPv6).', 2);
  }
  return { host: match[1] ?? match[2]!, port };
}

function positiveNumber(ctx: CommandContext, flag: string, fallback: number): number {
  const raw = ctx.flags[flag];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new CliError(`--${flag} takes a positive number.`, 2);
  return value;
}

/** Refuses to serve tables this Cuttings would have to change, or a database with nobody to sign in. */
async function checkReady(url: string): Promise<void> {
  await withTeamDatabase(url, async (pool) => {
    const { empty, pending } = await pendingPostgresMigrations(pool);
    if (empty) {
      throw new CliError(
        'This database holds no team library yet. Run `cuttings team init --database URL --admin NAME --password-stdin` first.',
      );
    }
    if (pending.length) {
      throw new CliError(
        `The team library's schema needs an upgrade (${pending.map((m) => m.name).join(', ')}). Back the database up (pg_dump), then run \`cuttings team init --upgrade --database URL\` and start the server again.`,
      );
    }
    if ((await countUsers(pool)) === 0) throw new CliError('Nobody can sign in yet. Run `cuttings team init` to create the first admin.');
  });
}

/** `cuttings team serve`: runs until Ctrl+C or SIGTERM. */
export async function serveTeam(ctx: CommandContext, url: string): Promise<void> {
  const { host, port } = listenAddress(typeof ctx.flags.listen === 'string' ? ctx.flags.listen : undefined);
  const sessionMs = positiveNumber(ctx, 'session-hours', 12) * 60 * 60_000;
  const loginsPerMinute = positiveNumber(ctx, 'login-rate', 10);
  await checkReady(url);
  readEveryPasteInWorker();
  void warmPasteReading();
  const pool = openTeamPool(url);
  // One pool for the library and the accounts; closing the core's library ends it.
  const core = createTeamCore(postgresLibrary(pool), `PostgreSQL: ${describeAddress(url)}`);
  // dist/cli/cuttings.js → dist/renderer
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  let server;
  try {
    server = await startTeamServer({
      pool,
      core,
      rendererDir,
      host,
      port,
      plainHttp: ctx.flags['plain-http'] === true,
      trustProxy: ctx.flags['trust-proxy'] === true,
      sessionMs,
      loginRate: { attempts: loginsPerMinute, windowMs: 60_000 },
    });
  } catch (err) {
    await core.close();
    throw new CliError((err as Error).message);
  }
  if (ctx.json) ctx.out(JSON.stringify({ url: server.url, port: server.port }));
  else {
    ctx.out(`Cuttings team server on ${server.url} (the library and its accounts in PostgreSQL)`);
    ctx.out('Press Ctrl+C to stop.');
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      void server.close().then(async () => {
        await core.close();
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
