import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DownloadShelf, saveDownloadTo } from '../../electron/core/transfer/downloads.js';
import { tempLibrary } from '../support/temp-library.js';
import type { DownloadReady } from '../../electron/shared/models/download.js';
import { inProcess, overHttp, type TransportUnderTest } from '../support/transports.js';

/** A small library: two dated clips in a collection, so every format has something to print. */
async function seed(t: TransportUnderTest) {
  const call = async <T>(method: string, args: unknown) => {
    const r = await t.invoke(method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
  const a = await call<{ id: number }>('clips.create', {
    text: 'Flood report',
    draft: { title: 'Flood: day one', date: '2024-05-02', paragraphs: ['The river rose in the night.'] },
  });
  const b = await call<{ id: number }>('clips.create', {
    text: 'Flood report two',
    draft: { title: 'Flood: day two', date: '2024-05-03', paragraphs: ['The water fell by noon.'] },
  });
  const c = await call<{ id: number }>('collections.create', { name: 'Floods', description: 'Spring floods' });
  await call('collections.addClips', { id: c.id, clipIds: [b.id, a.id] });
  return call;
}

describe.each([
  ['in-process', inProcess],
  ['over HTTP', overHttp],
])('exports for the UI to download (%s)', (_name, make) => {
  let t: TransportUnderTest;
  let call: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    t = await make();
    call = await seed(t);
  });
  afterAll(async () => t.close());

  it('makes a Markdown dossier and names it after the title, safely', async () => {
    const ready = await call<DownloadReady>('dossier.download', {
      collection: 'Floods',
      spec: { title: 'Floods: CON/report?', order: 'date-asc' },
      format: 'md',
    });
    expect(ready).toMatchObject({ fileName: 'Floods CON report.md', mimeType: 'text/markdown; charset=utf-8', clips: 2, pages: null });
    expect(ready.downloadId).toMatch(/^[0-9a-f]{32}$/);
    expect(ready.bytes).toBeGreaterThan(100);
  });

  it('makes the collection’s lossless JSON export', async () => {
    const ready = await call<DownloadReady>('dossier.download', { collection: 'Floods', spec: { title: 'Floods' }, format: 'json' });
    expect(ready).toMatchObject({ fileName: 'Floods.json', mimeType: 'application/json', clips: 2 });
    const library = await call<DownloadReady>('library.export', {});
    expect(library.fileName).toMatch(/^Cuttings library \d{4}-\d{2}-\d{2}\.json$/);
  });

  it('refuses a format it does not make, clearly', async () => {
    const r = await t.invoke('dossier.download', { collection: 'Floods', format: 'odt' });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringMatching(/format/) } });
  });
});

describe('the desktop shell saves a download where the user chose', () => {
  it('writes it whole, and explains a folder that is not there', async () => {
    const dir = tempLibrary('cuttings-save-');
    try {
      const data = randomBytes(3 * 1024 * 1024 + 7);
      const shelf = new DownloadShelf();
      const download = shelf.take(shelf.offer({ fileName: 'a.pdf', mimeType: 'application/pdf', data }))!;
      expect(await saveDownloadTo(download, join(dir.dir, 'chosen.pdf'))).toBe(data.length);
      expect(readFileSync(join(dir.dir, 'chosen.pdf')).equals(data)).toBe(true);
      const again = shelf.take(shelf.offer({ fileName: 'a.pdf', mimeType: 'application/pdf', data }))!;
      await expect(saveDownloadTo(again, join(dir.dir, 'missing', 'x.pdf'))).rejects.toThrow(/does not exist/);
    } finally {
      dir.remove();
    }
  });
});

describe('browser mode hands over a finished file once, behind the same guards as the API', () => {
  let t: TransportUnderTest;
  let call: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    t = await overHttp();
    call = await seed(t);
  });
  afterAll(async () => t.close());

  const base = () => `http://127.0.0.1:${t.server!.port}`;
  const fetchDownload = (id: string, headers: Record<string, string> = t.session!, method = 'POST') =>
    fetch(`${base()}/download/${id}`, { method, headers });

  it('sends the bytes as an attachment with the file’s name and type, then forgets them', async () => {
    const ready = await call<DownloadReady>('dossier.download', {
      collection: 'Floods',
      spec: { title: 'Überblick: Hochwasser' },
      format: 'md',
    });
    const res = await fetchDownload(ready.downloadId);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="_berblick Hochwasser.md"; filename*=UTF-8''%C3%9Cberblick%20Hochwasser.md`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const text = await res.text();
    expect(text).toContain('# Überblick: Hochwasser');
    expect(Buffer.byteLength(text)).toBe(ready.bytes);
    const again = await fetchDownload(ready.downloadId);
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/Export it again/);
  });

  it('refuses a fetch without the session, with a wrong one or the used token, from another site or by GET', async () => {
    const ready = await call<DownloadReady>('dossier.download', { collection: 'Floods', spec: {}, format: 'html' });
    expect((await fetchDownload(ready.downloadId, {})).status).toBe(401);
    expect((await fetchDownload(ready.downloadId, { cookie: `cuttings_session_${t.server!.port}=${'f'.repeat(48)}` })).status).toBe(401);
    expect((await fetchDownload(ready.downloadId, { 'x-cuttings-token': t.server!.token })).status).toBe(401);
    expect((await fetchDownload(ready.downloadId, { ...t.session!, origin: 'https://evil.example' })).status).toBe(401);
    expect((await fetchDownload(ready.downloadId, t.session!, 'GET')).status).toBe(400);
    // None of the refusals used it up.
    const res = await fetchDownload(ready.downloadId);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe('sandbox');
    expect(await res.text()).toContain('<!doctype html>');
  });

  it('carries a 20 MB file whole', async () => {
    const data = randomBytes(20 * 1024 * 1024);
    const id = t.core!.downloads.offer({ fileName: 'big.pdf', mimeType: 'application/pdf', data });
    const started = Date.now();
    const res = await fetchDownload(id);
    const body = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get('content-length')).toBe(String(data.length));
    expect(body.equals(data)).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('streams a library export from its temporary file, and deletes the file once sent', async () => {
    const { readdirSync } = await import('node:fs');
    const { privateTempFolder } = await import('../../electron/core/transfer/private-temp.js');
    const spooled = () => new Set(readdirSync(privateTempFolder()));
    const before = spooled();
    const ready = await call<DownloadReady>('library.export', {});
    const mine = [...spooled()].filter((f) => !before.has(f));
    expect(mine).toHaveLength(1);
    const res = await fetchDownload(ready.downloadId);
    const data = (await res.json()) as { format: string; clipCount: number; clips: unknown[] };
    expect(data).toMatchObject({ format: 'cuttings-export', clipCount: 2 });
    expect(data.clips).toHaveLength(2);
    expect(Number(res.headers.get('content-length'))).toBe(ready.bytes);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(spooled().has(mine[0]!)).toBe(false);
  });

  it('knows no download by a made-up id', async () => {
    expect((await fetchDownload('0'.repeat(32))).status).toBe(404);
    expect((await fetchDownload('..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });
});
