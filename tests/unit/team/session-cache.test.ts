import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../electron/core/index.js';
import { SessionCache } from '../../../electron/server/team/session-cache.js';

const HOUR = 60 * 60_000;

/** A database of sessions that counts its reads; a member's role and the sessions' ends are set by the test. */
function sessionsTable(now: () => number) {
  const rows = new Map<string, SessionUser>();
  let reads = 0;
  return {
    open: (token: string, role: SessionUser['role'] = 'editor', lifetime = HOUR) =>
      rows.set(token, { userId: 1, name: 'iris', role, csrf: `csrf-${token}`, expiresAt: new Date(now() + lifetime) }),
    setRole: (token: string, role: SessionUser['role']) => rows.set(token, { ...rows.get(token)!, role }),
    close: (token: string) => rows.delete(token),
    lookup: async (token: string) => {
      reads++;
      return rows.get(token) ?? null;
    },
    reads: () => reads,
  };
}

describe('the team server’s memory of who is behind a session', () => {
  it('reads a busy session’s member once per interval, and a changed role after it', async () => {
    let now = 1_000_000;
    const table = sessionsTable(() => now);
    const cache = new SessionCache(table.lookup, 2_000);
    table.open('a');
    expect((await cache.user('a', now))?.role).toBe('editor');
    table.setRole('a', 'reader');
    now += 1_999;
    expect((await cache.user('a', now))?.role).toBe('editor');
    expect(table.reads()).toBe(1);
    now += 1;
    expect((await cache.user('a', now))?.role).toBe('reader');
    expect(table.reads()).toBe(2);
  });

  it('shares one read among the calls that arrive together', async () => {
    const table = sessionsTable(() => 0);
    const cache = new SessionCache(table.lookup, 2_000);
    table.open('a');
    const users = await Promise.all([cache.user('a', 0), cache.user('a', 0), cache.user('a', 0)]);
    expect(users.map((u) => u?.name)).toEqual(['iris', 'iris', 'iris']);
    expect(table.reads()).toBe(1);
  });

  it('never answers for a session past its end', async () => {
    let now = 0;
    const table = sessionsTable(() => now);
    const cache = new SessionCache(table.lookup, 2_000);
    table.open('a', 'editor', 500);
    expect(await cache.user('a', now)).not.toBeNull();
    table.close('a');
    now = 500;
    expect(await cache.user('a', now)).toBeNull();
  });

  it('forgets a session closed here, and every session when told to, at once', async () => {
    const table = sessionsTable(() => 0);
    const cache = new SessionCache(table.lookup, 2_000);
    table.open('a');
    table.open('b');
    await cache.user('a', 0);
    await cache.user('b', 0);
    table.close('a');
    cache.forget('a');
    expect(await cache.user('a', 1)).toBeNull();
    table.close('b');
    cache.forgetAll();
    expect(await cache.user('b', 1)).toBeNull();
  });

  it('remembers no unknown token: a guess is read again, and a session opened under it later is found', async () => {
    const table = sessionsTable(() => 0);
    const cache = new SessionCache(table.lookup, 2_000);
    expect(await cache.user('x', 0)).toBeNull();
    expect(await cache.user('x', 1)).toBeNull();
    expect(table.reads()).toBe(2);
    table.open('x');
    expect(await cache.user('x', 2)).not.toBeNull();
  });
});
