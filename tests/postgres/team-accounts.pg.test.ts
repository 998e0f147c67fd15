import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  appendAudit,
  checkLogin,
  closeSession,
  listAudit,
  migratePostgres,
  openSession,
  openTeamPool,
  removeUser,
  sessionUser,
  setRole,
} from '../../electron/core/index.js';
import { pgMigrations } from '../../electron/core/db/pg-migrations/index.js';
import { useTestDatabase } from '../support/test-database.js';

const PASSWORD = 'correct horse battery';

describe('team accounts, sessions and audit log in PostgreSQL', () => {
  const database = useTestDatabase('accounts');
  let pool: pg.Pool;

  beforeAll(async () => {
    pool = openTeamPool(database.url);
    expect((await migratePostgres(pool)).applied).toEqual(pgMigrations.map((m) => m.version));
  });
  afterAll(() => pool.end());

  it('migrates once: a second run applies nothing', async () => {
    expect(await migratePostgres(pool)).toEqual({ applied: [], version: pgMigrations[pgMigrations.length - 1]!.version });
  });

  it('stores argon2id hashes, never the password', async () => {
    await addUser(pool, 'ada', 'admin', PASSWORD);
    const { rows } = await pool.query<{ password_hash: string }>("SELECT password_hash FROM team_users WHERE name = 'ada'");
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]?.password_hash).not.toContain(PASSWORD);
  });

  it('refuses a short password, a taken name and a name with spaces, saying what to do', async () => {
    await expect(addUser(pool, 'bob', 'reader', 'short')).rejects.toThrow(/at least 12/);
    await expect(addUser(pool, 'ada', 'reader', PASSWORD)).rejects.toThrow(/already.*cuttings team user role ada/);
    await expect(addUser(pool, 'two words', 'reader', PASSWORD)).rejects.toThrow(/without spaces/);
  });

  it('keeps at least one admin', async () => {
    await expect(removeUser(pool, 'ada')).rejects.toThrow(/only admin/);
    await expect(setRole(pool, 'ada', 'editor')).rejects.toThrow(/only admin/);
    await addUser(pool, 'cleo', 'editor', PASSWORD);
    await setRole(pool, 'cleo', 'admin');
    await setRole(pool, 'ada', 'editor');
    await setRole(pool, 'ada', 'admin');
    await removeUser(pool, 'cleo');
  });

  it('signs in with the right password and locks the account after five wrong ones', async () => {
    await addUser(pool, 'dora', 'reader', PASSWORD);
    expect(await checkLogin(pool, 'dora', PASSWORD)).toMatchObject({ ok: true, user: { name: 'dora', role: 'reader' } });
    expect(await checkLogin(pool, 'nobody', PASSWORD)).toMatchObject({ ok: false, reason: 'wrong' });
    for (let i = 0; i < 4; i++) expect(await checkLogin(pool, 'dora', 'wrong password!')).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await checkLogin(pool, 'dora', 'wrong password!')).toMatchObject({ ok: false, reason: 'locked' });
    const locked = await checkLogin(pool, 'dora', PASSWORD);
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    expect(locked.ok || locked.message).toMatch(/locked .* until \d\d:\d\d UTC/);
  });

  it('opens sessions stored as hashes, which end on logout, on expiry and with their user', async () => {
    await addUser(pool, 'eve', 'editor', PASSWORD);
    const user = await checkLogin(pool, 'eve', PASSWORD);
    if (!user.ok) throw new Error(user.message);
    const session = await openSession(pool, user.user.id);
    expect(await sessionUser(pool, session.token)).toMatchObject({ name: 'eve', role: 'editor', csrf: session.csrf });
    const { rows } = await pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM team_sessions WHERE encode(token_sha256, $1) LIKE $2',
      ['escape', `%${session.token}%`],
    );
    expect(rows[0]?.n).toBe(0);

    await setRole(pool, 'eve', 'reader');
    expect(await sessionUser(pool, session.token)).toMatchObject({ role: 'reader' });

    await closeSession(pool, session.token);
    expect(await sessionUser(pool, session.token)).toBeNull();

    const expiring = await openSession(pool, user.user.id, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await sessionUser(pool, expiring.token)).toBeNull();

    const kept = await openSession(pool, user.user.id);
    await removeUser(pool, 'eve');
    expect(await sessionUser(pool, kept.token)).toBeNull();
  });

  it("notes a session's last use at most once a minute, so a busy session's requests write nothing", async () => {
    await addUser(pool, 'fay', 'reader', PASSWORD);
    const user = await checkLogin(pool, 'fay', PASSWORD);
    if (!user.ok) throw new Error(user.message);
    const session = await openSession(pool, user.user.id);
    const lastSeen = async () =>
      (await pool.query<{ at: Date }>('SELECT last_seen_at AS at FROM team_sessions WHERE csrf_token = $1', [session.csrf])).rows[0]!.at;
    const setLastSeen = (interval: string) =>
      pool.query(`UPDATE team_sessions SET last_seen_at = now() - CAST($1 AS interval) WHERE csrf_token = $2`, [interval, session.csrf]);

    await setLastSeen('30 seconds');
    const recent = await lastSeen();
    expect(await sessionUser(pool, session.token)).toMatchObject({ name: 'fay' });
    expect(await lastSeen()).toEqual(recent);

    await setLastSeen('2 minutes');
    const stale = await lastSeen();
    expect(await sessionUser(pool, session.token)).toMatchObject({ name: 'fay' });
    expect((await lastSeen()).getTime()).toBeGreaterThan(stale.getTime() + 60_000);
  });

  it('keeps an append-only audit log: entries cannot be changed, deleted or truncated', async () => {
    await appendAudit(pool, { user: 'ada', method: 'clips.create', ids: [7], summary: 'clipped 7' });
    const entries = await listAudit(pool, { user: 'ada' });
    expect(entries.at(-1)).toMatchObject({ user: 'ada', method: 'clips.create', ids: [7], summary: 'clipped 7' });
    await expect(pool.query("UPDATE team_audit SET summary = 'nothing'")).rejects.toThrow(/append-only/);
    await expect(pool.query('DELETE FROM team_audit')).rejects.toThrow(/append-only/);
    await expect(pool.query('TRUNCATE team_audit')).rejects.toThrow(/append-only/);
    expect(await listAudit(pool, { user: 'ada' })).toEqual(entries);
    expect(await listAudit(pool, { since: new Date(Date.now() + 60_000) })).toEqual([]);
  });

  it('gives each change to clips the title its first clip has now', async () => {
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO clips (title, body, raw, raw_sha256, content_hash, created_at, updated_at)
       VALUES ('Lock keepers meet', 'body', 'raw', '', 'hash-audit', '2026-01-01', '2026-01-01') RETURNING id`,
    );
    const id = Number(rows[0]!.id);
    await appendAudit(pool, { user: 'gil', method: 'clips.update', ids: [id], summary: 'fields: title' });
    await appendAudit(pool, { user: 'gil', method: 'collections.addClips', ids: [id], summary: '' });
    await appendAudit(pool, { user: 'gil', method: 'clips.trash', ids: [id + 1_000], summary: '' });
    await pool.query("UPDATE clips SET title = 'Lock keepers agree' WHERE id = $1", [id]);
    expect((await listAudit(pool, { user: 'gil' })).map((e) => e.clipTitle)).toEqual(['Lock keepers agree', null, null]);
  });
});
