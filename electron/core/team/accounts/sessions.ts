import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Role } from '../../../shared/api/roles.js';
import { announceAccountChange } from './account-notice.js';

export const DEFAULT_SESSION_MS = 12 * 60 * 60_000;

export interface OpenedSession {
  /** The secret the browser keeps in its HttpOnly cookie. */
  token: string;
  /** The value every API call repeats in its CSRF header. */
  csrf: string;
  expiresAt: Date;
}

export interface SessionUser {
  userId: number;
  name: string;
  role: Role;
  csrf: string;
  /** When the session ends unless it is closed before. */
  expiresAt: Date;
}

const secret = () => randomBytes(32).toString('base64url');
const digest = (token: string) => createHash('sha256').update(token).digest();

/** A new session for the user, valid for `lifetimeMs`; only the token's SHA-256 is stored. */
export async function openSession(pool: pg.Pool, userId: number, lifetimeMs = DEFAULT_SESSION_MS): Promise<OpenedSession> {
  const token = secret();
  const csrf = secret();
  const { rows } = await pool.query<{ expires_at: Date }>(
    'INSERT INTO team_sessions (token_sha256, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING expires_at',
    [digest(token), userId, csrf, lifetimeMs / 1000],
  );
  return { token, csrf, expiresAt: rows[0]!.expires_at };
}

/** A session's last use is noted at most this often: a request that finds it fresher writes nothing. */
const LAST_SEEN_EVERY = '1 minute';

/**
 * The signed-in user of a session token, with their role as it is now (a changed role applies at
 * once); null when the token is unknown, expired, or its user was removed. Notes when it was last
 * used, to the minute: most requests of a busy session read the row and write nothing.
 */
export async function sessionUser(pool: pg.Pool, token: string): Promise<SessionUser | null> {
  // Every request asks this: kept parsed on each connection, by its name, rather than parsed and planned each time.
  const { rows } = await pool.query<SessionUser>({
    name: 'session-user',
    text: `WITH seen AS (
       UPDATE team_sessions SET last_seen_at = now()
        WHERE token_sha256 = $1 AND expires_at > now() AND last_seen_at < now() - CAST($2 AS interval)
     )
     SELECT u.id AS "userId", u.name, u.role, s.csrf_token AS csrf, s.expires_at AS "expiresAt"
       FROM team_sessions s JOIN team_users u ON u.id = s.user_id
      WHERE s.token_sha256 = $1 AND s.expires_at > now()`,
    values: [digest(token), LAST_SEEN_EVERY],
  });
  return rows[0] ?? null;
}

export async function closeSession(pool: pg.Pool, token: string): Promise<void> {
  await pool.query('DELETE FROM team_sessions WHERE token_sha256 = $1', [digest(token)]);
  await announceAccountChange(pool);
}

/** Ends every session of the user but the one holding `keep`, if given (the one asking, who stays signed in). */
export async function endSessions(db: pg.Pool | pg.PoolClient, userId: number, keep?: string): Promise<void> {
  await db.query('DELETE FROM team_sessions WHERE user_id = $1 AND token_sha256 IS DISTINCT FROM $2', [
    userId,
    keep === undefined ? null : digest(keep),
  ]);
  await announceAccountChange(db);
}

/** Forgets expired sessions; returns how many. */
export async function deleteExpiredSessions(pool: pg.Pool): Promise<number> {
  const { rowCount } = await pool.query('DELETE FROM team_sessions WHERE expires_at <= now()');
  return rowCount ?? 0;
}
