import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overHttp, type TransportUnderTest } from '../support/transports.js';

let t: TransportUnderTest;
beforeAll(async () => {
  t = await overHttp();
});
afterAll(async () => t.close());

function post(
  path: string,
  options: { token?: string; session?: boolean; host?: string; origin?: string; body?: string; method?: string },
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const port = t.server!.port;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'POST',
        headers: {
          host: options.host ?? `127.0.0.1:${port}`,
          'content-type': 'application/json',
          ...(options.token ? { 'x-cuttings-token': options.token } : {}),
          ...(options.session ? t.session : {}),
          ...(options.origin ? { origin: options.origin } : {}),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end((options.method ?? 'POST') === 'POST' ? (options.body ?? '{}') : undefined);
  });
}

describe('browser mode guards the library', () => {
  it('listens on 127.0.0.1 only and prints a URL with its token', () => {
    expect(t.server!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{48}$/);
  });

  it('refuses an API call without a session, and one carrying the printed token instead', async () => {
    expect((await post('/api/clips.list', { token: t.server!.token })).status).toBe(401);
    const res = await post('/api/clips.list', {});
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a wrong session key', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: t.server!.port,
          path: '/api/clips.list',
          method: 'POST',
          headers: { cookie: `cuttings_session_${t.server!.port}=${'f'.repeat(48)}` },
        },
        (r) => resolve(r.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(res).toBe(401);
  });

  it('opens one session with the printed token, then refuses the token: a copy in the browser’s history opens nothing', async () => {
    const again = await post('/session', { token: t.server!.token });
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body).error.message).toMatch(/Each address opens one browser session/);
    expect((await post('/session', { token: 'f'.repeat(48) })).status).toBe(401);
  });

  it('gives a signed-in client another one-time address, good for one session', async () => {
    const link = JSON.parse((await post('/session/link', { session: true })).body) as { value: { url: string } };
    expect(link.value.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${t.server!.port}/#token=[0-9a-f]{48}$`));
    const token = new URL(link.value.url).hash.slice('#token='.length);
    const first = await post('/session', { token });
    expect(first.status).toBe(200);
    expect(String(first.headers['set-cookie'])).toMatch(
      new RegExp(`^cuttings_session_${t.server!.port}=[0-9a-f]{48}; HttpOnly; SameSite=Strict; Path=/$`),
    );
    expect((await post('/session', { token })).status).toBe(401);
    expect((await post('/session/link', {})).status).toBe(401);
  });

  it('answers a malformed %-escape in the path with 400, not a failure', async () => {
    for (const path of ['/api/%ZZ', '/api/clips.%c0%ae', '/%ZZ', '/assets/%c0%ae%c0%ae/x.js', '/download/%E0%A4%A']) {
      const res = await post(path, { session: true, method: path.startsWith('/api') || path.startsWith('/download') ? 'POST' : 'GET' });
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body).error.message).toMatch(/malformed %-escape/);
    }
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    expect((await post('/api/clips.list', { session: true, host: 'evil.example:80' })).status).toBe(401);
  });

  it('refuses a call sent by a page from another site, even with the token, and sends no CORS headers', async () => {
    const res = await post('/api/clips.list', { session: true, origin: 'https://evil.example' });
    expect(res.status).toBe(401);
    const own = await post('/api/clips.list', { session: true, origin: `http://127.0.0.1:${t.server!.port}` });
    expect(own.status).toBe(200);
    expect(Object.keys(own.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('refuses a body over the size limit', async () => {
    // A connection of its own: one pooled from an earlier test may be closed by the server as it
    // idles, and 21 MB sent down it would meet a reset rather than the answer.
    const port = t.server!.port;
    const body = JSON.stringify({ text: 'x'.repeat(21_000_000) });
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/clips.parse',
          method: 'POST',
          agent: false,
          headers: {
            host: `127.0.0.1:${port}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...t.session,
          },
        },
        (answer) => {
          let text = '';
          answer.on('data', (c) => (text += c));
          answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(res.status).toBe(413);
    expect((JSON.parse(res.body) as { error: { code: string } }).error.code).toBe('too_large');
    // Sending 21 MB takes seconds on a busy machine: the limit is what is tested, not the speed.
  }, 90_000);

  it('answers malformed JSON with 400 and an unknown method with 404', async () => {
    const bad = await post('/api/clips.list', { session: true, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/not valid JSON/);
    expect((await post('/api/nope.nothing', { session: true })).status).toBe(404);
  });

  it('accepts a call in the session', async () => {
    const res = await post('/api/clips.list', { session: true });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { total: 0 } });
  });
});
