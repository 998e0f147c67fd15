import { userInfo } from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { methodNames, type Method } from '../../electron/shared/api/contract.js';
import { methodRoles, ROLES, type Role } from '../../electron/shared/api/roles.js';
import { assertCliBuilt } from '../support/cli.js';
import { useTestDatabase } from '../support/test-database.js';
import { cuttings, startTeamServe, type RunningTeamServer } from '../support/team-cli.js';
import { SESSION_CACHE_MS } from '../../electron/server/team/session-cache.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const PASSWORD = 'a long team passphrase';
const rank = (role: Role) => ROLES.indexOf(role);

interface Session {
  cookie: string;
  csrf: string;
  setCookie: string[];
}

describe('cuttings team: init, users, serve, audit', () => {
  const database = useTestDatabase('team_server');
  let server: RunningTeamServer;

  const login = async (name: string, password = PASSWORD) => {
    const response = await fetch(`${server.origin}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    return {
      response,
      body: (await response.json()) as { ok: boolean; value?: { csrf: string; role: Role }; error?: { message: string } },
    };
  };

  const signIn = async (name: string): Promise<Session> => {
    const { response, body } = await login(name);
    if (!body.ok) throw new Error(body.error?.message);
    const setCookie = response.headers.getSetCookie();
    return { cookie: setCookie.map((c) => c.split(';')[0]).join('; '), csrf: body.value!.csrf, setCookie };
  };

  const call = async (session: Session | null, method: string, args: unknown = {}, csrf = session?.csrf) => {
    const response = await fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(session ? { cookie: session.cookie } : {}),
        ...(csrf ? { 'x-cuttings-csrf': csrf } : {}),
      },
      body: JSON.stringify(args),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } },
    };
  };

  beforeAll(async () => {
    assertCliBuilt();
    const init = await cuttings(['team', 'init', '--database', database.url, '--admin', 'ada', '--password-stdin'], `${PASSWORD}\n`);
    expect(init.stderr).toBe('');
    expect(init.stdout).toContain('ada is its admin');
    const added = await Promise.all(
      [
        ['rita', 'reader'],
        ['ed', 'editor'],
        ['lou', 'reader'],
      ].map(([name, role]) =>
        cuttings(['team', 'user', 'add', name!, '--role', role!, '--password-stdin', '--database', database.url], PASSWORD),
      ),
    );
    expect(added.map((a) => a.stderr)).toEqual(['', '', '']);
    server = await startTeamServe(['--database', database.url, '--listen', '127.0.0.1:0', '--plain-http', '--login-rate', '1000']);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  // Each case starts the CLI, which takes seconds on a loaded machine.
  it('refuses a second init, a short password and a missing --password-stdin, saying what to do', { timeout: 180_000 }, async () => {
    const db = ['--database', database.url];
    const [help, again, short, noStdin, badRole, lastAdmin, unreachable] = await Promise.all([
      cuttings(['team', 'help']),
      cuttings(['team', 'init', ...db, '--admin', 'bo', '--password-stdin'], PASSWORD),
      cuttings(['team', 'user', 'add', 'bo', '--role', 'reader', '--password-stdin', ...db], 'short'),
      cuttings(['team', 'user', 'add', 'bo', '--role', 'reader', ...db]),
      cuttings(['team', 'user', 'role', 'rita', 'owner', ...db]),
      cuttings(['team', 'user', 'remove', 'ada', ...db]),
      cuttings(['team', 'audit', '--database', 'postgresql://nobody@127.0.0.1:1/none']),
    ]);
    expect(help.stdout).toMatch(
      /The library \(clips, tags, highlights, collections[\s\S]*?\) and its accounts[\s\S]*?PostgreSQL[\s\S]*?pg_dump/,
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/initialised already.*team user add/);
    expect(short.stderr).toMatch(/at least 12/);
    expect(noStdin.status).toBe(2);
    expect(noStdin.stderr).toMatch(/--password-stdin/);
    expect(badRole.stderr).toMatch(/not a role.*reader, editor, admin/);
    expect(lastAdmin.stderr).toMatch(/only admin/);
    expect(unreachable.stderr).toMatch(/cannot be reached.*Check that the server runs/);
  });

  it('sends the sign-in form to a browser without a session', async () => {
    const page = await fetch(`${server.origin}/`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login');
    const form = await fetch(`${server.origin}/login`);
    expect(await form.text()).toContain('Sign in to the team library');
  });

  it('signs in with the right password, with an HttpOnly SameSite=Strict session cookie', async () => {
    const session = await signIn('rita');
    const sessionCookie = session.setCookie.find((c) => c.startsWith('cuttings_team_session='));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Strict/);
    const who = await fetch(`${server.origin}/session`, { headers: { cookie: session.cookie, 'x-cuttings-csrf': session.csrf } });
    expect(await who.json()).toEqual({ ok: true, value: { name: 'rita', role: 'reader' } });
  });

  it('refuses a wrong password, and locks the account after five', async () => {
    const wrong = await login('lou', 'not the password');
    expect(wrong.response.status).toBe(401);
    expect(wrong.body.error?.message).toMatch(/do not match/);
    for (let i = 0; i < 3; i++) await login('lou', 'not the password');
    const fifth = await login('lou', 'not the password');
    expect(fifth.body.error?.message).toMatch(/locked/);
    const right = await login('lou');
    expect(right.response.status).toBe(401);
    expect(right.body.error?.message).toMatch(/locked .* until/);
  });

  it('an administrator’s new password lifts a lock and ends the sessions opened with the old one', { timeout: 180_000 }, async () => {
    const db = ['--database', database.url];
    const NEW_PASSWORD = 'another long passphrase';
    await cuttings(['team', 'user', 'add', 'max', '--role', 'editor', '--password-stdin', ...db], PASSWORD);
    const before = await signIn('max');
    for (let i = 0; i < 5; i++) await login('lou', 'not the password');
    expect((await login('lou', NEW_PASSWORD)).body.error?.message).toMatch(/locked/);

    const [lou, max, nobody] = await Promise.all([
      cuttings(['team', 'user', 'password', 'lou', '--password-stdin', ...db], NEW_PASSWORD),
      cuttings(['team', 'user', 'password', 'max', '--password-stdin', ...db], `${NEW_PASSWORD}\n`),
      cuttings(['team', 'user', 'password', 'zed', '--password-stdin', ...db], NEW_PASSWORD),
    ]);
    expect(lou.stdout).toMatch(/lou has a new password.*lock is lifted/);
    expect(max.stderr).toBe('');
    expect(nobody.stderr).toMatch(/no user named "zed".*team user list/);

    expect((await login('lou', NEW_PASSWORD)).body.ok).toBe(true);
    expect((await login('max', PASSWORD)).response.status).toBe(401);
    expect((await login('max', NEW_PASSWORD)).body.ok).toBe(true);
    const old = await fetch(`${server.origin}/session`, { headers: { cookie: before.cookie, 'x-cuttings-csrf': before.csrf } });
    expect(old.status).toBe(401);
    const audit = await cuttings(['team', 'audit', '--user', `cli:${userInfo().username}`, ...db]);
    expect(audit.stdout).toMatch(/team\.user\.password.*new password for lou; their sessions ended/);
  });

  it('applies a role changed and a member removed by an administrator at once, to a session in use', { timeout: 120_000 }, async () => {
    const db = ['--database', database.url];
    await cuttings(['team', 'user', 'add', 'hal', '--role', 'editor', '--password-stdin', ...db], PASSWORD);
    const hal = await signIn('hal');
    expect((await call(hal, 'clips.list', {})).status).toBe(200);
    expect((await cuttings(['team', 'user', 'role', 'hal', 'reader', ...db])).stderr).toBe('');
    // The change is announced when it commits; the server hears it within moments, far sooner than its memory lapses.
    const soon = { timeout: SESSION_CACHE_MS / 2, interval: 50 };
    await vi.waitFor(async () => expect((await call(hal, 'clips.list', {})).headers.get('x-cuttings-role')).toBe('reader'), soon);
    const demoted = await call(hal, 'clips.create', { text: 'Anything' });
    expect(demoted.status).toBe(403);
    expect(demoted.headers.get('x-cuttings-role')).toBe('reader');
    expect((await cuttings(['team', 'user', 'remove', 'hal', ...db])).stderr).toBe('');
    await vi.waitFor(async () => expect((await call(hal, 'clips.list', {})).status).toBe(401), soon);
  });

  it('ends a member’s other sessions at their next call when they change their own password', { timeout: 120_000 }, async () => {
    await cuttings(['team', 'user', 'add', 'ivy', '--role', 'reader', '--password-stdin', '--database', database.url], PASSWORD);
    const here = await signIn('ivy');
    const elsewhere = await signIn('ivy');
    expect((await call(elsewhere, 'clips.list', {})).status).toBe(200);
    const changed = await fetch(`${server.origin}/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: here.cookie, 'x-cuttings-csrf': here.csrf },
      body: JSON.stringify({ current: PASSWORD, next: 'a new long team passphrase' }),
    });
    expect(changed.status).toBe(200);
    expect((await call(elsewhere, 'clips.list', {})).status).toBe(401);
    expect((await call(here, 'clips.list', {})).status).toBe(200);
  });

  it('refuses a reader’s write with 403 naming the role needed', async () => {
    const reader = await signIn('rita');
    const refused = await call(reader, 'clips.create', { text: 'Anything' });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'forbidden' });
    expect(refused.body.error?.message).toMatch(/clips\.create needs the editor role/);
  });

  it('records an editor’s write in the audit log under their name', { timeout: 120_000 }, async () => {
    const editor = await signIn('ed');
    const created = await call(editor, 'clips.create', {
      text: 'Harbour board approves ferry timetable\n\nThe harbour board approved a new ferry timetable on Tuesday, officials said.',
    });
    expect(created.body).toMatchObject({ ok: true });
    const id = (created.body.value as { id: number }).id;
    const tagged = await call(editor, 'tags.apply', { clipIds: [id], names: ['transport'] });
    expect(tagged.body.ok).toBe(true);

    const audit = await cuttings(['team', 'audit', '--user', 'ed', '--json', '--database', database.url]);
    const entries = JSON.parse(audit.stdout) as { user: string; method: string; ids: number[]; summary: string }[];
    expect(entries.map((e) => [e.user, e.method, e.ids])).toEqual([
      ['ed', 'clips.create', [id]],
      ['ed', 'tags.apply', [id]],
    ]);
    expect(entries[1]?.summary).toContain('transport');
    // The clip and its tag are in the team's PostgreSQL database, not in a file beside the server.
    const direct = new pg.Client({ connectionString: database.url });
    await direct.connect();
    const stored = await direct.query(
      'SELECT c.id, t.name FROM clips c JOIN clip_tags ct ON ct.clip_id = c.id JOIN tags t ON t.id = ct.tag_id WHERE c.id = $1',
      [id],
    );
    await direct.end();
    expect(stored.rows).toEqual([{ id: String(id), name: 'transport' }]);
    const text = await cuttings(['team', 'audit', '--since', '2000-01-01', '--database', database.url]);
    expect(text.stdout).toMatch(/ed {2}clips\.create \[\d+\]/);
    expect(text.stdout).toMatch(/cli:\S+ {2}team\.user\.add/);
  });

  it('refuses a method about a library file, saying what to do instead, and writes nothing elsewhere', async () => {
    const admin = await signIn('ada');
    const refused = await call(admin, 'library.move', { to: '/tmp/elsewhere.sqlite' });
    expect(refused.status).toBe(501);
    expect(refused.body.error).toMatchObject({ code: 'not_available' });
    expect(refused.body.error?.message).toMatch(/PostgreSQL database, not in a file[\s\S]*pg_dump/);
  });

  it('refuses an API call without the CSRF header, or with another session’s', async () => {
    const editor = await signIn('ed');
    const other = await signIn('rita');
    const missing = await call(editor, 'clips.list', {}, '');
    expect(missing.status).toBe(403);
    expect(missing.body.error?.message).toMatch(/x-cuttings-csrf/);
    const foreign = await call(editor, 'clips.list', {}, other.csrf);
    expect(foreign.status).toBe(403);
  });

  it('refuses an expired session and a signed-out one, pointing to the sign-in form', async () => {
    const session = await signIn('rita');
    expect((await call(session, 'clips.list', {})).status).toBe(200);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    await db.query("UPDATE team_sessions SET expires_at = now() - interval '1 second'");
    await db.end();
    // Ended in the database behind the server's back: it notices within its memory's interval.
    await pause(SESSION_CACHE_MS);
    const expired = await call(session, 'clips.list', {});
    expect(expired.status).toBe(401);
    expect(expired.headers.get('x-cuttings-login')).toBe('/login');

    const fresh = await signIn('rita');
    const out = await fetch(`${server.origin}/logout`, {
      method: 'POST',
      headers: { cookie: fresh.cookie, 'x-cuttings-csrf': fresh.csrf },
    });
    expect(out.status).toBe(200);
    expect((await call(fresh, 'clips.list', {})).status).toBe(401);
  });

  it('authorises every method under every role in the server’s dispatch', async () => {
    const sessions: Record<Role, Session> = { reader: await signIn('rita'), editor: await signIn('ed'), admin: await signIn('ada') };
    const wrong: string[] = [];
    for (const role of ROLES) {
      for (const method of methodNames as Method[]) {
        // Empty arguments: an allowed method answers (or refuses the input); a forbidden one never gets that far.
        const { status, body } = await call(sessions[role], method, method === 'library.move' ? { to: '' } : {});
        const allowed = rank(role) >= rank(methodRoles[method]);
        const refused = status === 403 && body.error?.code === 'forbidden';
        if (allowed === refused) wrong.push(`${role} ${method}: ${status} ${body.error?.message ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
