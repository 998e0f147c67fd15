import type pg from 'pg';
import type { Role } from '../../../shared/api/roles.js';
import { inPgTransaction } from '../../db/pg-transaction.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { announceAccountChange } from './account-notice.js';
import { endSessions } from './sessions.js';

export interface TeamUser {
  id: number;
  name: string;
  role: Role;
  createdAt: string;
}

/** A refusal about accounts, worded for the person who asked. */
export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountError';
  }
}

const NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

export function checkUserName(name: string): void {
  if (!NAME.test(name)) {
    throw new AccountError(
      `"${name}" cannot be a user name: use 1 to 64 letters, digits, dots, hyphens, underscores or @, without spaces (for example a.smith).`,
    );
  }
}

export async function countUsers(db: pg.Pool | pg.PoolClient): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM team_users');
  return rows[0]?.n ?? 0;
}

export async function listUsers(db: pg.Pool): Promise<TeamUser[]> {
  const { rows } = await db.query<TeamUser>('SELECT id, name, role, created_at::text AS "createdAt" FROM team_users ORDER BY name');
  return rows;
}

export async function findUser(db: pg.Pool | pg.PoolClient, name: string): Promise<TeamUser | null> {
  const { rows } = await db.query<TeamUser>('SELECT id, name, role, created_at::text AS "createdAt" FROM team_users WHERE name = $1', [
    name,
  ]);
  return rows[0] ?? null;
}

export async function addUser(db: pg.Pool | pg.PoolClient, name: string, role: Role, password: string): Promise<TeamUser> {
  checkUserName(name);
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(problem);
  const passwordHash = await hashPassword(password);
  try {
    const { rows } = await db.query<TeamUser>(
      'INSERT INTO team_users (name, role, password_hash) VALUES ($1, $2, $3) RETURNING id, name, role, created_at::text AS "createdAt"',
      [name, role, passwordHash],
    );
    return rows[0]!;
  } catch (err) {
    if ((err as { code?: string }).code === '23505') {
      throw new AccountError(
        `There is a user named "${name}" already. Choose another name, or change their role with \`cuttings team user role ${name} ROLE\`.`,
      );
    }
    throw err;
  }
}

/** Runs `work` in a transaction that holds the admins' rows, so two changes cannot each leave the other as the last admin and remove them both. */
function withAdminsLocked<T>(pool: pg.Pool, work: (client: pg.PoolClient, admins: number) => Promise<T>): Promise<T> {
  return inPgTransaction(pool, async (client) => {
    const { rows } = await client.query<{ id: number }>("SELECT id FROM team_users WHERE role = 'admin' FOR UPDATE");
    return work(client, rows.length);
  });
}

async function existingUser(client: pg.PoolClient, name: string): Promise<TeamUser> {
  const user = await findUser(client, name);
  if (!user) throw new AccountError(`There is no user named "${name}". \`cuttings team user list\` shows who there is.`);
  return user;
}

/** Removes the account and ends its sessions; its entries in the audit log stay. */
export function removeUser(pool: pg.Pool, name: string): Promise<TeamUser> {
  return withAdminsLocked(pool, async (client, admins) => {
    const user = await existingUser(client, name);
    if (user.role === 'admin' && admins <= 1) {
      throw new AccountError(
        `"${name}" is the only admin; a team library needs one. Make someone else an admin first (\`cuttings team user role NAME admin\`).`,
      );
    }
    await client.query('DELETE FROM team_users WHERE id = $1', [user.id]);
    await announceAccountChange(client);
    return user;
  });
}

/** Changes the account's role; it applies to the user's next request, sessions included. */
export function setRole(pool: pg.Pool, name: string, role: Role): Promise<{ user: TeamUser; was: Role }> {
  return withAdminsLocked(pool, async (client, admins) => {
    const user = await existingUser(client, name);
    if (user.role === 'admin' && role !== 'admin' && admins <= 1) {
      throw new AccountError(
        `"${name}" is the only admin; a team library needs one. Make someone else an admin first, then change ${name}'s role.`,
      );
    }
    await client.query('UPDATE team_users SET role = $2 WHERE id = $1', [user.id, role]);
    await announceAccountChange(client);
    return { user: { ...user, role }, was: user.role };
  });
}

/**
 * Gives the account a new password: an administrator's for someone who forgot theirs or whose
 * password got out, or the member's own. The lock after wrong tries is lifted, and every session
 * opened with the old password ends, but for the one holding `keepSession` (the member's own,
 * when they change it themselves).
 */
export async function setPassword(pool: pg.Pool, name: string, password: string, keepSession?: string): Promise<TeamUser> {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(problem);
  const passwordHash = await hashPassword(password);
  return inPgTransaction(pool, async (client) => {
    const user = await existingUser(client, name);
    await client.query('UPDATE team_users SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1', [
      user.id,
      passwordHash,
    ]);
    await endSessions(client, user.id, keepSession);
    return user;
  });
}
