import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/shared/api/errors.js';
import type { CoreEvent } from '../../../electron/shared/models/core-events.js';
import { RemoteLibrary } from '../../../electron/core/team/remote/remote-library.js';
import { serverOrigin } from '../../../electron/core/team/remote/server-address.js';
import { TeamLinks } from '../../../electron/core/team/remote/team-links.js';
import { TEAM_LINKS_FILE } from '../../../electron/core/team/remote/team-link-store.js';

type Answer = (req: IncomingMessage, res: ServerResponse, body: string) => void;

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

/** A stand-in for a team server's network answers: the remote client's errors come from what goes over the wire. */
async function answering(answer: Answer): Promise<{ origin: string; server: Server; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push(req);
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, seen };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function refusalOf(promise: Promise<unknown>): Promise<ApiError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

/** An address where nothing listens: a server opened, then closed. */
async function deadAddress(): Promise<string> {
  const { origin, server } = await answering(() => undefined);
  servers.splice(servers.indexOf(server), 1);
  await new Promise((resolve) => server.close(resolve));
  return origin;
}

const session = { token: 'secret-token', csrf: 'csrf-value' };

describe('the remote library client', () => {
  it('says a server that does not answer cannot be reached, what to check, and that the personal library still works', async () => {
    const origin = await deadAddress();
    const err = await refusalOf(new RemoteLibrary(origin, session).call('clips.list', {}));
    expect(err.code).toBe('library_unavailable');
    expect(err.message).toContain(`The team server at ${origin} cannot be reached`);
    expect(err.message).toContain('nothing answers at that address');
    expect(err.message).toMatch(/VPN/);
    expect(err.message).toContain('Your personal library works as before');

    const signIn = await refusalOf(RemoteLibrary.signIn(origin, 'ada', 'a long passphrase'));
    expect(signIn.code).toBe('library_unavailable');
  });

  it('says a 401 is a session that ended, and to sign in again', async () => {
    const { origin } = await answering((_req, res) =>
      json(res, 401, { ok: false, error: { code: 'unauthorized', message: 'You are not signed in.' } }),
    );
    const err = await refusalOf(new RemoteLibrary(origin, session).call('clips.list', {}));
    expect(err.code).toBe('unauthorized');
    expect(err.message).toContain('Your session in the team library');
    expect(err.message).toContain('Sign in again');
  });

  it('passes on a 403 with the role the server says is needed', async () => {
    const { origin } = await answering((_req, res) =>
      json(res, 403, {
        ok: false,
        error: { code: 'forbidden', message: 'clips.create needs the editor role or higher; you are signed in as a reader.' },
      }),
    );
    const err = await refusalOf(new RemoteLibrary(origin, session).call('clips.create', { text: 'x' }));
    expect(err.code).toBe('forbidden');
    expect(err.message).toContain('refused');
    expect(err.message).toContain('needs the editor role');
  });

  it('says a proxy’s error page is the server (or its proxy) being down, not a Cuttings answer', async () => {
    const { origin } = await answering((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body>Bad Gateway</body></html>');
    });
    const err = await refusalOf(new RemoteLibrary(origin, session).call('clips.list', {}));
    expect(err.code).toBe('library_unavailable');
    expect(err.message).toContain('HTTP 502');
  });

  it('signs in with the name and password, then sends the session cookie and the CSRF header with each call', async () => {
    const { origin, seen } = await answering((req, res, body) => {
      if (req.url === '/login') {
        const { name, password } = JSON.parse(body) as { name: string; password: string };
        if (password !== 'a long passphrase') {
          return json(res, 401, { ok: false, error: { code: 'unauthorized', message: 'The name and password do not match.' } });
        }
        return json(
          res,
          200,
          { ok: true, value: { name, role: 'editor', csrf: 'csrf-1', expiresAt: '2030-01-01T00:00:00Z' } },
          { 'set-cookie': ['cuttings_team_session=token-1; Path=/; HttpOnly; Secure; SameSite=Strict', 'cuttings_csrf=csrf-1; Path=/'] },
        );
      }
      json(res, 200, { ok: true, value: { items: [], total: 0 } });
    });
    const wrong = await refusalOf(RemoteLibrary.signIn(origin, 'ada', 'not it'));
    expect([wrong.code, wrong.message]).toEqual(['unauthorized', 'The name and password do not match.']);

    const signedIn = await RemoteLibrary.signIn(origin, 'ada', 'a long passphrase');
    expect(signedIn).toEqual({ session: { token: 'token-1', csrf: 'csrf-1' }, member: 'ada', role: 'editor' });
    expect(await new RemoteLibrary(origin, signedIn.session).call('clips.list', {})).toEqual({ items: [], total: 0 });
    const call = seen.at(-1)!;
    expect(call.url).toBe('/api/clips.list');
    expect(call.headers.cookie).toBe('cuttings_team_session=token-1');
    expect(call.headers['x-cuttings-csrf']).toBe('csrf-1');
  });

  it('refuses an address that would send the password unencrypted, or is no address', () => {
    expect(serverOrigin('cuttings.example.org/some/page')).toBe('https://cuttings.example.org');
    expect(serverOrigin(' http://127.0.0.1:8080/ ')).toBe('http://127.0.0.1:8080');
    expect(() => serverOrigin('http://cuttings.example.org')).toThrow(/unencrypted/);
    expect(() => serverOrigin('ftp://cuttings.example.org')).toThrow(/https/);
    expect(() => serverOrigin('https://ada:pw@cuttings.example.org')).toThrow(/Leave your name and password out/);
  });
});

describe('the team links', () => {
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

  /** A team server's answer to ada's sign-in: her role, and the `n`th session's cookie and CSRF value. */
  const signedInAs = (res: ServerResponse, role: string, n: number) =>
    json(
      res,
      200,
      { ok: true, value: { name: 'ada', role, csrf: `csrf-${n}`, expiresAt: '2030-01-01T00:00:00Z' } },
      { 'set-cookie': `cuttings_team_session=token-${n}; Path=/; HttpOnly` },
    );

  /** A folder of the app's own for the links, removed after the test. */
  const linksFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'cuttings-links-'));
    folders.push(folder);
    return folder;
  };

  it('take a role an administrator changed from the server’s next reply, and tell the app', async () => {
    let role = 'editor';
    const { origin } = await answering((req, res) => {
      if (req.url === '/login') return signedInAs(res, 'editor', 3);
      if (req.url === '/events') return void res.writeHead(200, { 'content-type': 'text/event-stream' }).write(': listening\n\n');
      json(res, 200, { ok: true, value: { clipCount: 3 } }, { 'x-cuttings-role': role });
    });
    const events: CoreEvent[] = [];
    const links = new TeamLinks(linksFolder(), (e) => events.push(e));
    try {
      const link = await links.signIn(origin, 'ada', 'a long passphrase');
      await links.call(link.id, 'library.info', {});
      expect(events.filter((e) => e.type === 'team.role')).toEqual([]);

      role = 'reader';
      await links.call(link.id, 'library.info', {});
      expect(links.list()).toEqual([expect.objectContaining({ id: link.id, role: 'reader', signedIn: true })]);
      expect(events.filter((e) => e.type === 'team.role')).toEqual([{ type: 'team.role', link: link.id, role: 'reader' }]);
    } finally {
      links.close();
    }
  });

  it('keep the session owner-only, never the password, and drop it when the server answers 401', async () => {
    let expired = false;
    const { origin } = await answering((req, res) => {
      if (req.url === '/login') return signedInAs(res, 'editor', 2);
      if (req.url === '/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(': listening\n\n');
        res.write(`data: ${JSON.stringify({ type: 'library.edited', method: 'clips.create' })}\n\n`);
        return;
      }
      if (expired) return json(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Not signed in.' } });
      json(res, 200, { ok: true, value: { clipCount: 3 } });
    });
    const folder = mkdtempSync(join(tmpdir(), 'cuttings-links-'));
    folders.push(folder);
    const events: CoreEvent[] = [];
    const links = new TeamLinks(folder, (e) => events.push(e));
    try {
      const link = await links.signIn(origin, 'ada', 'a long passphrase');
      expect(link).toMatchObject({ server: origin, member: 'ada', role: 'editor', signedIn: true });
      const file = join(folder, TEAM_LINKS_FILE);
      if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8')).not.toContain('a long passphrase');

      // The team library's events arrive wrapped, so the app can tell them from the personal library's.
      await expect
        .poll(() => events.find((e) => e.type === 'team.event'))
        .toEqual({
          type: 'team.event',
          link: link.id,
          event: { type: 'library.edited', method: 'clips.create' },
        });
      expect(await links.call(link.id, 'library.info', {})).toEqual({ clipCount: 3 });

      expired = true;
      const err = await refusalOf(links.call(link.id, 'library.info', {}));
      expect(err.code).toBe('unauthorized');
      expect(links.list()).toEqual([expect.objectContaining({ id: link.id, signedIn: false })]);
      expect(events.at(-1)).toMatchObject({ type: 'team.connection', link: link.id, state: 'signed-out' });
      expect(readFileSync(file, 'utf8')).not.toContain('token-2');
    } finally {
      links.close();
    }
  });
});
