import type pg from 'pg';
import { postgresPool } from '../../db/postgres-database.js';

/** A pool of connections to a team database, from a `postgresql://` URL checked first. */
export function openTeamPool(url: string, max = 10): pg.Pool {
  return postgresPool({ connectionString: checkedUrl(url), max });
}

function checkedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TeamDatabaseError(`"${url}" is not a database address. Give one such as postgresql://cuttings@db.example.org/cuttings.`);
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new TeamDatabaseError(
      `"${url}" is not a PostgreSQL address. Give one starting with postgresql://, such as postgresql://cuttings@db.example.org/cuttings.`,
    );
  }
  return url;
}

/** A failure to reach or use the team database, in words that say what to do. */
export class TeamDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamDatabaseError';
  }
}

/** The driver's error, explained when it means the database cannot be reached or used; anything else as it came. */
export function explainDatabaseError(err: unknown, url: string): Error {
  const e = err as { code?: string; message?: string };
  const where = describeAddress(url);
  switch (e.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new TeamDatabaseError(
        `PostgreSQL cannot be reached at ${where} (${e.code}). Check that the server runs and that the address in --database is right.`,
      );
    case '3D000':
      return new TeamDatabaseError(
        `The database named in ${where} does not exist. Create it (createdb -O USER NAME, see docs/team-server.md), then try again.`,
      );
    case '28P01':
    case '28000':
      return new TeamDatabaseError(
        `PostgreSQL refused the login at ${where}: ${e.message}. Check the user and password in --database (or in ~/.pgpass).`,
      );
    case '42P01':
      return new TeamDatabaseError(
        `The database at ${where} holds no team library yet. Run \`cuttings team init --database URL --admin NAME --password-stdin\` first.`,
      );
    case '57P01':
    case '57P03':
      return new TeamDatabaseError(`PostgreSQL at ${where} is shutting down or starting up. Try again in a moment.`);
    default:
      return err instanceof Error ? err : new Error(String(err));
  }
}

/** The address without its password, for messages. */
export function describeAddress(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'the given address';
  }
}
