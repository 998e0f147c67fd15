import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaywrightPdfRenderer } from '../../electron/core/dossier/playwright-pdf-renderer.js';
import { countPdfPages } from '../../electron/core/dossier/pdf-pages.js';

describe('the Playwright PDF renderer', () => {
  let server: Server;
  let requests = 0;
  let origin = '';

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('lets a document fetch nothing from the network, and still prints it', async () => {
    // Not a dossier: a page that tries every way out, and says it is laid out at once.
    const html = `<!doctype html><html><head><link rel="stylesheet" href="${origin}/style.css">
      <script>window.dossierState = { pages: 1, done: true, error: null }; fetch('${origin}/fetch').catch(() => {});</script>
      </head><body><p>Offline page</p><img src="${origin}/image.png"><iframe src="${origin}/frame"></iframe></body></html>`;
    const progress: string[] = [];
    const pdf = await createPlaywrightPdfRenderer().render(html, { paperSize: 'A4', onProgress: (p) => progress.push(p.stage) });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(countPdfPages(pdf)).toBe(1);
    expect(requests).toBe(0);
    expect(progress).toEqual(['starting', 'layout', 'printing']);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const html = '<!doctype html><p>Never laid out</p><script>window.dossierState = { pages: 0, done: false, error: null };</script>';
    const rendering = createPlaywrightPdfRenderer().render(html, {
      paperSize: 'A4',
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'layout') controller.abort();
      },
    });
    await expect(rendering).rejects.toThrow('cancelled');
  });
});
