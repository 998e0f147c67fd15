import { request } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/index.js';
import { startClipperListener, type ClipperListener } from '../../electron/server/clipper-listener.js';
import { CLIPPER_KEY_HEADER, CLIPPER_ROUTES, type BrowserClipPayload } from '../../electron/shared/models/browser-clipper-protocol.js';
import { PAIRED_BROWSERS_FILE } from '../../electron/core/browser-clipper/paired-browsers.js';
import { tempLibrary } from '../support/temp-library.js';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const library = tempLibrary();
let core: CoreService;
let listener: ClipperListener;

beforeAll(async () => {
  core = createCoreService(library.path, { userDataFolder: library.dir });
  listener = await startClipperListener(core.browserClipper, [0]);
});
afterAll(async () => {
  await listener.close();
  core.close();
  library.remove();
});

/** A reply's envelope; the tests read the fields of each route's answer by name. */
interface Json {
  ok: boolean;
  value: Record<string, string | boolean>;
  error: { code: string; message: string };
}
interface Reply {
  status: number;
  json: Json;
  headers: Record<string, unknown>;
}

interface Options {
  host?: string;
  origin?: string | null;
  key?: string;
  method?: string;
}

function send(path: string, body: unknown, options: Options = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const origin = options.origin === undefined ? EXTENSION : options.origin;
    const req = request(
      {
        host: '127.0.0.1',
        port: listener.port,
        path,
        method: options.method ?? 'POST',
        headers: {
          host: options.host ?? `127.0.0.1:${listener.port}`,
          'content-type': 'application/json',
          ...(origin ? { origin } : {}),
          ...(options.key ? { [CLIPPER_KEY_HEADER]: options.key } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
}

async function pair(allow: boolean): Promise<{ pairingId: string; code: string; key?: string }> {
  const asked = await send(CLIPPER_ROUTES.pair, { name: 'Chromium on the desk' });
  expect(asked.status).toBe(200);
  const { pairingId, code } = asked.json.value as { pairingId: string; code: string };
  const state = core.browserClipper.state();
  const request = state.requests.find((r) => r.code === code)!;
  expect(request.name).toBe('Chromium on the desk');
  expect((await send(CLIPPER_ROUTES.pairStatus, { pairingId })).json.value).toEqual({ status: 'waiting' });
  const answered = await core.dispatchFromPage('extension.answerPairing', { id: request.id, allow });
  expect(answered.ok).toBe(true);
  const status = (await send(CLIPPER_ROUTES.pairStatus, { pairingId })).json.value;
  return { pairingId, code, ...(status.status === 'allowed' ? { key: status.key as string } : {}) };
}

const paragraphs = [
  'The harbour at Lowmere reopened to shipping on Tuesday, four days after a storm tore two cranes from their rails and sank a pilot boat at its mooring.',
  'Harbour master Ilse Brandvold said the inner basin had been surveyed overnight and was clear of debris, although the outer quay would stay closed until divers had checked its foundations.',
  'Ferries to the islands are expected to run to their usual timetable from Wednesday, the operator said in a statement.',
];

const clip: BrowserClipPayload = {
  url: 'https://news.example.org/2031/04/02/harbour-reopens',
  title: 'Harbour reopens after storm | Example News',
  html: `<article><h1>Harbour reopens after storm</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`,
  text: ['Harbour reopens after storm', ...paragraphs].join('\n\n'),
  selection: false,
  meta: [
    { key: 'og:title', value: 'Harbour reopens after storm' },
    { key: 'article:published_time', value: '2031-04-02T08:00:00Z' },
  ],
  jsonLd: ['{"@type":"NewsArticle","headline":"Harbour reopens </script><script>alert(1)</script>"}', 'not json'],
};

describe('the browser clipper listener', () => {
  it('refuses other sites, a missing Origin, another Host and preflights, and sends no CORS headers', async () => {
    for (const origin of ['https://evil.example', 'null', null, 'chrome-extension://x/../evil']) {
      const res = await send(CLIPPER_ROUTES.hello, {}, { origin });
      expect(res.status, String(origin)).toBe(401);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect((await send(CLIPPER_ROUTES.hello, {}, { host: `evil.example:${listener.port}` })).status).toBe(401);
    const preflight = await send(CLIPPER_ROUTES.clip, '', { method: 'OPTIONS' });
    expect(preflight.status).toBe(400);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const hello = await send(CLIPPER_ROUTES.hello, {}, { origin: 'moz-extension://0f1e2d3c-aaaa-bbbb-cccc-0123456789ab' });
    expect(hello.json.value).toEqual({ app: 'Cuttings', paired: false });
  });

  it('pairs a browser the user allows, keeps only a hash of its key, and takes its clips', async () => {
    const { key, code } = await pair(true);
    expect(code).toMatch(/^\d{4}$/);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect((await send(CLIPPER_ROUTES.hello, {}, { key })).json.value.paired).toBe(true);
    const stored = readFileSync(join(library.dir, PAIRED_BROWSERS_FILE), 'utf8');
    expect(stored).toContain('Chromium on the desk');
    expect(stored).not.toContain(key!);

    const sent = await send(CLIPPER_ROUTES.clip, clip, { key });
    expect(sent.status).toBe(200);
    expect(core.browserClipper.state().waitingClips).toBe(1);
    const taken = await core.dispatchFromPage('extension.takeClip', {});
    const received = (taken as { ok: true; value: { html: string; url: string; text: string } }).value;
    expect(received.url).toBe(clip.url);
    expect(received.html).toContain('<meta property="article:published_time" content="2031-04-02T08:00:00Z">');
    // JSON-LD is written again from its parsed value: it cannot close its script element.
    expect(received.html).toContain('\\u003c/script>');
    expect(received.html).not.toContain('not json');
    expect(received.html.match(/<script/g)).toHaveLength(1);
  });

  it('reads the clip with page metadata into a draft with its title, date and address', async () => {
    const { key } = await pair(true);
    await send(CLIPPER_ROUTES.clip, { ...clip, jsonLd: [] }, { key });
    const taken = core.browserClipper.takeClip()!;
    const draft = await core.dispatch('clips.parse', taken);
    expect(draft.ok).toBe(true);
    const value = (draft as { ok: true; value: { title: string; date: string; url: string } }).value;
    expect(value.title).toBe('Harbour reopens after storm');
    expect(value.date).toBe('2031-04-02');
    expect(value.url).toBe(clip.url);
  });

  it('refuses a refused pairing, unknown keys, revoked keys, bad clips and oversized bodies', async () => {
    const refused = await pair(false);
    expect(refused.key).toBeUndefined();
    expect((await send(CLIPPER_ROUTES.pairStatus, { pairingId: refused.pairingId })).json.value).toEqual({ status: 'unknown' });

    expect((await send(CLIPPER_ROUTES.clip, clip)).status).toBe(401);
    expect((await send(CLIPPER_ROUTES.clip, clip, { key: 'f'.repeat(64) })).status).toBe(401);

    const { key } = await pair(true);
    expect((await send(CLIPPER_ROUTES.clip, { ...clip, url: 'javascript:alert(1)' }, { key })).status).toBe(400);
    expect((await send(CLIPPER_ROUTES.clip, '{not json', { key })).status).toBe(400);
    const huge = await fetch(`http://127.0.0.1:${listener.port}${CLIPPER_ROUTES.clip}`, {
      method: 'POST',
      headers: { origin: EXTENSION, [CLIPPER_KEY_HEADER]: key!, 'content-type': 'application/json' },
      body: JSON.stringify({ ...clip, html: 'x'.repeat(21_000_000) }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBe('too_large');

    const browser = core.browserClipper.state().browsers.at(-1)!;
    expect((await core.dispatchFromPage('extension.revoke', { id: browser.id })).ok).toBe(true);
    const after = await send(CLIPPER_ROUTES.clip, clip, { key });
    expect(after.status).toBe(401);
    expect(after.json.error.message).toMatch(/pair it again/);
    expect((await send(CLIPPER_ROUTES.hello, {}, { key })).json.value.paired).toBe(false);
    expect(existsSync(join(library.dir, PAIRED_BROWSERS_FILE))).toBe(true);
    // Sending and reading 21 MB takes a while on a busy machine.
  }, 90_000);
});
