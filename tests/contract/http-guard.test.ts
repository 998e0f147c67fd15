import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overHttp, type TransportUnderTest } from '../support/transports.js';

let t: TransportUnderTest;
beforeAll(async () => {
  t = await overHttp();
});
afterAll(async () => t.close());

function post(path: string, options: { token?: string; host?: string; origin?: string; body?: string }): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const port = t.server!.port;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: {
          host: options.host ?? `127.0.0.1:${port}`,
          'content-type': 'application/json',
          ...(options.token ? { 'x-cuttings-token': options.token } : {}),
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
    req.end(options.body ?? '{}');
  });
}

describe('browser mode guards the library', () => {
  it('listens on 127.0.0.1 only and prints a URL with its token', () => {
    expect(t.server!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{48}$/);
  });

  it('refuses an API call without the token', async () => {
    const res = await post('/api/clips.list', {});
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a wrong token', async () => {
    expect((await post('/api/clips.list', { token: 'f'.repeat(48) })).status).toBe(401);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    expect((await post('/api/clips.list', { token: t.server!.token, host: 'evil.example:80' })).status).toBe(401);
  });

  it('refuses a call sent by a page from another site, even with the token, and sends no CORS headers', async () => {
    const res = await post('/api/clips.list', { token: t.server!.token, origin: 'https://evil.example' });
    expect(res.status).toBe(401);
    const own = await post('/api/clips.list', { token: t.server!.token, origin: `http://127.0.0.1:${t.server!.port}` });
    expect(own.status).toBe(200);
    expect(Object.keys(own.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('refuses a body over the size limit', async () => {
    const res = await post('/api/clips.parse', { token: t.server!.token, body: JSON.stringify({ text: 'x'.repeat(21_000_000) }) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('too_large');
  });

  it('answers malformed JSON with 400 and an unknown method with 404', async () => {
    const bad = await post('/api/clips.list', { token: t.server!.token, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/not valid JSON/);
    expect((await post('/api/nope.nothing', { token: t.server!.token })).status).toBe(404);
  });

  it('accepts a call with the token', async () => {
    const res = await post('/api/clips.list', { token: t.server!.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { total: 0 } });
  });
});
