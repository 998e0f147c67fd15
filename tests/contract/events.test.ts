import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../electron/shared/models/core-events.js';
import { overHttp, succeeded, type TransportUnderTest } from '../support/transports.js';

/** Reads server-sent events from the open stream until `wanted` has arrived. */
async function eventsUntil(body: ReadableStream<Uint8Array>, wanted: (event: CoreEvent) => boolean): Promise<CoreEvent[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const seen: CoreEvent[] = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`The stream ended after ${JSON.stringify(seen)}`);
    buffer += decoder.decode(value, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const data = buffer
        .slice(0, end)
        .split('\n')
        .find((line) => line.startsWith('data: '));
      buffer = buffer.slice(end + 2);
      if (!data) continue;
      const event = JSON.parse(data.slice('data: '.length)) as CoreEvent;
      seen.push(event);
      if (wanted(event)) {
        await reader.cancel();
        return seen;
      }
    }
  }
}

describe('browser mode carries the core’s events and refuses what writes to a named path', () => {
  let t: TransportUnderTest;
  beforeAll(async () => {
    t = await overHttp();
  });
  afterAll(async () => t.close());

  const events = (headers: Record<string, string>, method = 'GET') =>
    fetch(`http://127.0.0.1:${t.server!.port}/events`, { method, headers });

  it('streams a settings change and a job’s progress to a page in its session', async () => {
    const res = await events(t.session!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    await succeeded(t, 'settings.update', { patch: { paperSize: 'Letter' } });
    const clip = await succeeded<{ id: number }>(t, 'clips.create', {
      text: 'Harbour reopens\n\nThe harbour reopened on Monday after storm repairs.',
    });
    await succeeded(t, 'dossier.download', { clipIds: [clip.id], format: 'md', jobId: 'sse-job' });
    const seen = await eventsUntil(res.body!, (e) => e.type === 'job.progress' && e.jobId === 'sse-job');
    expect(seen).toContainEqual({ type: 'settings.changed', settings: expect.objectContaining({ paperSize: 'Letter' }) });
    expect(seen.at(-1)).toMatchObject({ type: 'job.progress', kind: 'dossier', jobId: 'sse-job' });
    // Every other page learns of the writes, so its lists are read again; a read announces nothing.
    expect(seen.filter((e) => e.type === 'library.edited')).toEqual([
      { type: 'library.edited', method: 'settings.update' },
      { type: 'library.edited', method: 'clips.create' },
    ]);
  });

  it('refuses the stream without a session, with the used token, from another site, or by POST', async () => {
    expect((await events({})).status).toBe(401);
    expect((await events({ 'x-cuttings-token': t.server!.token })).status).toBe(401);
    expect((await events({ ...t.session!, origin: 'https://evil.example' })).status).toBe(401);
    expect((await events(t.session!, 'POST')).status).toBe(400);
  });

  it('refuses dossier.export, which writes wherever it is told, and writes nothing', async () => {
    const outPath = join(t.dir, 'from-the-page.md');
    const r = await t.invoke('dossier.export', { clipIds: [1], outPath, format: 'md' });
    expect(r).toMatchObject({ ok: false, error: { code: 'unauthorized', message: expect.stringMatching(/only the cuttings command/) } });
    expect(existsSync(outPath)).toBe(false);
  });
});
