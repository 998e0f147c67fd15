import type pg from 'pg';

/**
 * The PostgreSQL channel on which a change to who may use the library is announced: a role
 * changed, a member removed, sessions ended. Team servers keep a session's member in memory for a
 * moment (server/team/session-cache.ts); hearing this, they forget them, so the change applies at
 * the member's next request on every server, whichever process made it (a server, or
 * `cuttings team user` on an administrator's shell). Plain lowercase, so LISTEN needs no quoting.
 */
export const ACCOUNTS_CHANNEL = 'cuttings_accounts';

/**
 * Announces an account change once `db`'s transaction commits (at once outside one); the payload
 * is empty, since a server only forgets what it remembers and never trusts what it is told.
 */
export async function announceAccountChange(db: pg.Pool | pg.PoolClient): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [ACCOUNTS_CHANNEL, '']);
}
