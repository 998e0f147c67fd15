import type pg from 'pg';
import type { Role } from '../../../shared/api/roles.js';
import { decoyHash, MAX_PASSWORD_LENGTH, passwordMatches } from './passwords.js';

/** Wrong passwords in a row before an account is locked, and for how long. */
export interface LockoutPolicy {
  attempts: number;
  lockMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { attempts: 5, lockMs: 15 * 60_000 };

export type LoginResult =
  | { ok: true; user: { id: number; name: string; role: Role } }
  | { ok: false; reason: 'wrong'; message: string }
  | { ok: false; reason: 'locked'; message: string; until: Date };

const WRONG =
  'That name and password do not match an account here. Check both and try again; after several wrong tries the account is locked for a while.';

function lockedMessage(until: Date): string {
  return `This account is locked after too many wrong passwords, until ${until.toISOString().slice(11, 16)} UTC. Try again then, or ask an administrator to check who tried.`;
}

interface StoredUser {
  id: number;
  name: string;
  role: Role;
  password_hash: string;
  failed_logins: number;
  locked_until: Date | null;
}

/**
 * Checks a name and password. A wrong password counts against the account, and the account is
 * locked after `policy.attempts` of them in a row; a right one clears the count. While locked, even
 * the right password is refused, so guessing cannot go on. An unknown name takes as long as a
 * known one, and answers the same, so names cannot be found by trying.
 */
export async function checkLogin(pool: pg.Pool, name: string, password: string, policy = DEFAULT_LOCKOUT): Promise<LoginResult> {
  const { rows } = await pool.query<StoredUser>(
    'SELECT id, name, role, password_hash, failed_logins, locked_until FROM team_users WHERE name = $1',
    [name],
  );
  const user = rows[0];
  const attempt = password.slice(0, MAX_PASSWORD_LENGTH);
  if (!user) {
    await passwordMatches(await decoyHash(), attempt);
    return { ok: false, reason: 'wrong', message: WRONG };
  }
  if (user.locked_until && user.locked_until > new Date()) {
    return { ok: false, reason: 'locked', message: lockedMessage(user.locked_until), until: user.locked_until };
  }
  if (await passwordMatches(user.password_hash, attempt)) {
    await pool.query('UPDATE team_users SET failed_logins = 0, locked_until = NULL WHERE id = $1', [user.id]);
    return { ok: true, user: { id: user.id, name: user.name, role: user.role } };
  }
  // Counted in the database, so concurrent tries and several servers share one count.
  const { rows: counted } = await pool.query<{ locked_until: Date | null }>(
    `UPDATE team_users
        SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
            locked_until  = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE NULL END
      WHERE id = $1
      RETURNING locked_until`,
    [user.id, policy.attempts, policy.lockMs / 1000],
  );
  const until = counted[0]?.locked_until;
  if (until) return { ok: false, reason: 'locked', message: lockedMessage(until), until };
  return { ok: false, reason: 'wrong', message: WRONG };
}
