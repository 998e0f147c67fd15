import type pg from 'pg';
import type { CommandContext } from './command.js';
import { CliError } from './cli-error.js';
import { ApiError } from '../shared/api/errors.js';
import { AccountError, explainDatabaseError, openTeamPool, TeamDatabaseError } from '../core/index.js';

const DATABASE_ENV = 'CUTTINGS_TEAM_DATABASE';

export function singleFlag(ctx: CommandContext, flag: string): string | undefined {
  const value = ctx.flags[flag];
  if (Array.isArray(value)) throw new CliError(`Give --${flag} once.`, 2);
  return typeof value === 'string' ? value : undefined;
}

/** `--database URL`, else $CUTTINGS_TEAM_DATABASE (which keeps a password out of the process list). */
export function databaseUrl(ctx: CommandContext): string {
  const url = singleFlag(ctx, 'database') ?? process.env[DATABASE_ENV];
  if (!url) {
    throw new CliError(
      `Name the team database with --database postgresql://USER@HOST/NAME (or set ${DATABASE_ENV}). docs/team-server.md shows how to create it.`,
      2,
    );
  }
  return url;
}

/** Runs `work` with a pool on the team database; the database's own errors come back as instructions. */
export async function withTeamDatabase<T>(url: string, work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  let pool: pg.Pool;
  try {
    pool = openTeamPool(url, 2);
  } catch (err) {
    throw new CliError((err as Error).message, 2);
  }
  try {
    return await work(pool);
  } catch (err) {
    if (err instanceof AccountError || err instanceof TeamDatabaseError || err instanceof ApiError) throw new CliError(err.message);
    const explained = explainDatabaseError(err, url);
    if (explained instanceof TeamDatabaseError) throw new CliError(explained.message);
    throw err;
  } finally {
    await pool.end();
  }
}
