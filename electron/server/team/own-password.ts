import type pg from 'pg';
import { AccountError, appendAudit, checkLogin, type LockoutPolicy, type SessionUser, setPassword } from '../../core/index.js';
import { ApiError } from '../../shared/api/errors.js';

/** The member's current password and the new one, from the request's JSON body. */
function passwords(body: string | null): { current: string; next: string } {
  try {
    const parsed = JSON.parse(body ?? '') as { current?: unknown; next?: unknown };
    if (typeof parsed.current === 'string' && typeof parsed.next === 'string') return { current: parsed.current, next: parsed.next };
  } catch {
    // Falls through to the refusal below.
  }
  throw new ApiError('bad_input', 'Send your current password and the new one as JSON: {"current": "…", "next": "…"}.');
}

/**
 * Changes the signed-in member's own password. The current one is asked for and checked as a
 * sign-in is, wrong tries counting towards the lock, so a session left open on someone else's
 * screen cannot take the account over; the member stays signed in here and every other session
 * of theirs ends.
 */
export async function changeOwnPassword(
  pool: pg.Pool,
  user: SessionUser,
  sessionToken: string,
  body: string | null,
  lockout: LockoutPolicy,
): Promise<void> {
  const { current, next } = passwords(body);
  const checked = await checkLogin(pool, user.name, current, lockout);
  if (!checked.ok) {
    throw new ApiError(
      'forbidden',
      checked.reason === 'locked' ? checked.message : 'That is not your current password. Type it again; the new one is not saved.',
    );
  }
  if (next === current) throw new ApiError('bad_input', 'The new password is the same as the current one. Choose another.');
  try {
    await setPassword(pool, user.name, next, sessionToken);
  } catch (err) {
    if (err instanceof AccountError) throw new ApiError('bad_input', err.message);
    throw err;
  }
  await appendAudit(pool, { user: user.name, method: 'team.password', ids: [user.userId], summary: 'other sessions ended' });
}
