import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, pasteIntoPage } from './fixtures.js';
import { pdfPages, squash } from '../pdf/pdf-tools.js';

/**
 * Pasted content is hostile until proven otherwise: nothing in it may run, open a dialog, log an
 * error or reach the network, in the review step, the list, the reader, the compare view, the
 * dossier preview or the printed PDF. Scripts that ran would set window.__pwned or call alert();
 * every address in the pastes points at a local server that records each request it gets, so a
 * fetch from any process (the page, its frames, the Chromium that prints the PDF) is caught.
 */
let outsideServer: HttpServer;
let OUTSIDE = '';
const outsideHits: string[] = [];

test.beforeAll(async () => {
  outsideServer = createServer((req, res) => {
    outsideHits.push(req.url ?? '');
    res.end('');
  });
  await new Promise<void>((resolve) => outsideServer.listen(0, '127.0.0.1', resolve));
  OUTSIDE = `http://127.0.0.1:${(outsideServer.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => outsideServer.close(() => resolve())));
test.beforeEach(() => {
  outsideHits.length = 0;
});

const hostileHtml = () => `
<article>
  <h1>Harbour talks <img src=x onerror="window.__pwned='img';alert(1)"></h1>
  <p>Negotiators met on Monday. <script>window.__pwned='script';alert(2)</script></p>
  <p><a href="javascript:window.__pwned='link'">Read the statement</a> and
     <iframe src="${OUTSIDE}/frame" onload="window.__pwned='iframe'"></iframe></p>
  <svg><script>window.__pwned='svg'</script><circle onload="window.__pwned='svg-onload'"/></svg>
  <p style="background:url(${OUTSIDE}/track.png)">The port authority said “talks will resume on Friday”.</p>
  <style>@import url(${OUTSIDE}/import.css); body{background:url(${OUTSIDE}/style.png)}</style>
  <link rel="stylesheet" href="${OUTSIDE}/link.css">
  <p>Dock workers in the city voted to accept the offer after a long night of talks.</p>
</article>`;

const hostileText = () => `Harbour talks <script>window.__pwned='text';alert(3)</script>

Negotiators met on Monday. <img src=x onerror="window.__pwned='text-img'"> The port authority said “talks will resume on Friday”.

<a href="javascript:alert(4)">statement</a> \u202Egnp.exe\u202C and zero\u200Bwidth text.

<iframe src="${OUTSIDE}/text-frame"></iframe> <svg onload="window.__pwned='text-svg'"><script>alert(5)</script></svg>

<style>@import url(${OUTSIDE}/text-import.css)</style> <div style="background:url(${OUTSIDE}/text-bg.png)">Dock workers in the city voted to accept the offer.</div>`;

/** The script the text paste carries, which must be shown (and printed) as text. */
const SHOWN_AS_TEXT = `<script>window.__pwned='text';alert(3)</script>`;

function watch(page: Page) {
  const seen = { dialogs: [] as string[], outside: [] as string[], errors: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url().startsWith(OUTSIDE) || r.url().startsWith('javascript:')) seen.outside.push(r.url());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  return seen;
}

async function nothingRan(page: Page, seen: ReturnType<typeof watch>, where: string) {
  await page.waitForTimeout(300);
  const pwned = await Promise.all(
    page.frames().map((f) => f.evaluate(() => (window as unknown as { __pwned?: string }).__pwned).catch(() => undefined)),
  );
  expect(pwned.filter(Boolean), `scripts ran in ${where}`).toEqual([]);
  // Nothing from the paste is in the DOM as live markup either: no handlers, no javascript: links, no foreign frames.
  const live = await Promise.all(
    page
      .frames()
      .map((f) =>
        f
          .evaluate(
            () =>
              document.querySelectorAll('a[href^="javascript:" i], [onerror], [onload], svg script, iframe:not([title="Dossier preview"])')
                .length,
          )
          .catch(() => 0),
      ),
  );
  expect(
    live.reduce((a, b) => a + b, 0),
    `live hostile markup in ${where}`,
  ).toBe(0);
  expect(seen.dialogs, `dialogs in ${where}`).toEqual([]);
  expect(seen.outside, `requests from ${where}`).toEqual([]);
  expect(seen.errors, `errors in ${where}`).toEqual([]);
  expect(outsideHits, `hits on the outside server after ${where}`).toEqual([]);
}

async function saveReviewed(page: Page) {
  const review = page.getByRole('dialog', { name: 'Review clip' });
  await expect(review).toBeVisible();
  await review.getByRole('button', { name: 'Save clip' }).click();
  await expect(review).toBeHidden();
}

for (const [name, text, html] of [
  ['HTML', () => '', hostileHtml],
  ['text', hostileText, () => undefined],
] as const) {
  test(`a hostile ${name} paste runs nothing in review, list, reader, compare, dossier preview or PDF`, async ({
    app,
    server,
  }, testInfo) => {
    test.setTimeout(120_000);
    const seen = watch(app);
    await pasteIntoPage(app, text(), html());
    await saveReviewed(app);
    await expect(app.getByText(/talks will resume on Friday/).first()).toBeVisible();
    await nothingRan(app, seen, 'the review step');

    // A second, updated version of the same paste, so the two can be compared and printed together.
    const [first] = (await server.call<{ items: { id: number }[] }>('clips.list', {})).items;
    const second = await server.call<{ id: number }>('clips.create', {
      text: `${text() || 'Harbour talks'}\n\nThe union said a vote would follow on Saturday.`,
      html: html(),
      versionOf: first!.id,
    });
    await app.reload();
    const rows = app.getByRole('option');
    await expect(rows).toHaveCount(2);
    await nothingRan(app, seen, 'the list');

    await app.locator(`[data-clip-id="${first!.id}"]`).click();
    await expect(
      app
        .getByRole('region', { name: 'Reader' })
        .getByText(/talks will resume on Friday/)
        .first(),
    ).toBeVisible();
    if (name === 'text') await expect(app.getByRole('region', { name: 'Reader' }).getByText(SHOWN_AS_TEXT).first()).toBeVisible();
    await nothingRan(app, seen, 'the reader');

    await app.locator(`[data-clip-id="${second.id}"]`).click();
    await app.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Compare with previous version' }).click();
    const compare = app.getByRole('dialog', { name: 'Compare' });
    const sentences = compare.getByRole('list', { name: 'Sentences of A beside those of B' });
    await expect(sentences).toContainText('talks will resume on Friday');
    if (name === 'text') await expect(sentences).toContainText(SHOWN_AS_TEXT);
    await nothingRan(app, seen, 'the compare view');
    await app.keyboard.press('Escape');
    await expect(compare).toBeHidden();

    await app.locator(`[data-clip-id="${first!.id}"]`).click({ modifiers: [process.platform === 'darwin' ? 'Meta' : 'Control'] });
    await app.getByRole('toolbar', { name: 'Selected clips' }).getByRole('button', { name: 'Dossier…' }).click();
    const builder = app.getByRole('dialog', { name: 'Dossier' });
    const preview = app.frameLocator('iframe[title="Dossier preview"]');
    await expect(preview.getByText(/talks will resume on Friday/).first()).toBeVisible();
    if (name === 'text') await expect(preview.getByText(SHOWN_AS_TEXT).first()).toBeVisible();
    await nothingRan(app, seen, 'the dossier preview');

    mkdirSync(testInfo.outputDir, { recursive: true });
    const out = testInfo.outputPath(`hostile-${name}.pdf`);
    const downloading = app.waitForEvent('download', { timeout: 90_000 });
    await builder.getByRole('button', { name: 'Download PDF' }).click();
    await (await downloading).saveAs(out);
    const printed = squash(pdfPages(out).join('\n'));
    expect(printed).toContain('talks will resume on Friday');
    if (name === 'text') expect(printed).toContain(SHOWN_AS_TEXT);
    const bytes = readFileSync(out).toString('latin1');
    expect(bytes).not.toContain('javascript:');
    expect(bytes).not.toContain(OUTSIDE);
    await nothingRan(app, seen, 'the PDF export');
  });
}

test('markup in a text paste is shown as text, not rendered', async ({ app }) => {
  await pasteIntoPage(app, hostileText());
  await saveReviewed(app);
  await expect(app.getByText(SHOWN_AS_TEXT).first()).toBeVisible();
});

/** An export as someone might share it, every value the API would refuse set to something hostile. */
function hostileExport(): string {
  const raw = 'Harbour wall\n\nThe harbour wall talks resumed on Monday, the port authority said.';
  const cover = `red;position:fixed;inset:0;z-index:2147483647;background:url(${OUTSIDE}/cover.png);content:"library damaged, run curl | sh"`;
  return JSON.stringify({
    format: 'cuttings-export',
    version: 1,
    exportedAt: '2024-05-02T10:00:00.000Z',
    scope: { collection: null },
    clipCount: 1,
    tags: [
      { name: 'alarm', color: cover },
      { name: 'first line\nsecond line', color: '#d1453b' },
      { name: 'styled', color: `#fff;}*{display:none}` },
    ],
    collections: [
      {
        key: 1,
        parent: null,
        name: 'Shared brief',
        description: `<img src=x onerror="window.__pwned='description'"> [statement](javascript:window.__pwned='md')`,
        query: null,
        createdAt: '2024-05-01T09:30:00.000Z',
        clips: [1],
        comparisons: [],
      },
    ],
    comparisons: [],
    dossiers: [
      {
        name: 'Junk',
        spec: { title: { toString: 'x' }, parts: 'all', paperSize: 'A0' },
        collection: 'Shared brief',
        clips: null,
        createdAt: '2024-05-01T09:30:00.000Z',
        updatedAt: '2024-05-01T09:30:00.000Z',
      },
    ],
    clips: [
      {
        key: 1,
        title: 'Harbour wall',
        paragraphs: ['The harbour wall talks resumed on Monday, the port authority said.'],
        raw,
        rawHtml: null,
        rawSha256: '0'.repeat(64),
        date: '2024-05-01',
        dateline: null,
        source: 'Wire',
        byline: [],
        language: 'en',
        url: null,
        wordCount: 11,
        cruft: [],
        notes: '',
        quotes: [],
        people: [],
        places: [],
        organizations: [],
        tags: ['alarm', 'first line\nsecond line', 'styled'],
        highlights: [],
        createdAt: '2024-05-01T09:30:00.000Z',
        updatedAt: '2024-05-01T09:30:00.000Z',
        deletedAt: null,
        versionOf: null,
      },
    ],
  });
}

test('an imported export with hostile values repaints nothing, and the import says what it refused', async ({ app, server }, testInfo) => {
  const seen = watch(app);
  const file = testInfo.outputPath('shared-export.json');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, hostileExport());
  const imported = spawnSync(process.execPath, ['bin/cuttings.js', 'import', file, '--library', server.library], { encoding: 'utf8' });
  expect(imported.status, imported.stderr).toBe(0);
  expect(imported.stdout).toContain('Added 1 clip');
  expect(imported.stdout).toMatch(
    /refused: tag “alarm”: its colour "red;position:fixed[^"]*" is not one of the tag palette's, so it comes in without a colour/,
  );
  expect(imported.stdout).toMatch(/refused: tag “styled”: its colour/);
  expect(imported.stdout).toMatch(/refused: saved dossier “Junk”: left out, because its spec\.title is not valid/);
  expect(imported.stdout).toMatch(
    /refused: 1 clip \(“Harbour wall”\): the SHA-256 in the file does not match the paste, so it was computed again/,
  );

  await app.reload();
  const row = app.getByRole('option').first();
  await expect(row).toContainText('Harbour wall');
  await app.getByRole('navigation', { name: 'Library' }).getByText('first line second line').waitFor();
  // Every dot is a small dot in a palette colour or none; nothing covers the window or takes its clicks.
  const dots = await app.locator('.tag-dot').evaluateAll((els) =>
    els.map((el) => ({
      dot: getComputedStyle(el).getPropertyValue('--dot').trim(),
      position: getComputedStyle(el).position,
      width: el.getBoundingClientRect().width,
    })),
  );
  expect(dots.length).toBeGreaterThan(0);
  for (const d of dots) {
    expect(['', '#d1453b']).toContain(d.dot);
    expect(d.position).not.toBe('fixed');
    expect(d.width).toBeLessThan(20);
  }
  const covering = await app.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.className ?? '');
  expect(String(covering)).not.toContain('tag-dot');
  await row.click();
  await expect(app.getByRole('heading', { name: 'Harbour wall' })).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('hostile-export.png') });
  await nothingRan(app, seen, 'the library after a hostile import');

  const dossiers = await server.call<{ name: string }[]>('dossier.saved.list', {});
  expect(dossiers).toEqual([]);
});
