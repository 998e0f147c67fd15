/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { createServer, type Server as HttpServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { CHROMIUM_ARGS, chromiumPath } from '../../electron/core/dossier/system-chromium.js';
import type { Report, Request } from '../../extension/src/messages.js';
import { expect, startServer, stop, test as base, type Server } from './fixtures.js';
import { createTestDatabase, startPostgresCluster } from '../support/postgres.js';
import { cuttings, startTeamServe } from '../support/team-cli.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const extensionDir = join(repo, 'dist/extension');
// The first HTML clip starts the clipper's HTML reader, which takes a while on a busy machine.
const READING = { timeout: 20_000 };
const fixture = (name: string) => readFileSync(join(repo, 'tests/fixtures/browser-clipper', name), 'utf8');

/** The test's own web site: the pages a user clips, on 127.0.0.1 like any site the browser opens. */
async function startSite(): Promise<{ origin: string; close(): Promise<void> }> {
  const pages: Record<string, string> = { '/article': fixture('article.html'), '/hostile': fixture('hostile.html') };
  const site: HttpServer = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(site.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => site.close(() => resolve())),
  };
}

/** A free port for the clipper listener, so the test never meets a Cuttings on the fixed ports. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface Clipper {
  /** The browser, with the unpacked extension loaded. */
  browser: BrowserContext;
  /** The extension's popup, open as a page of its own. */
  popup: Page;
  /** Sends what the popup sends: the background answers as it answers the popup. */
  ask(request: Request): Promise<Report>;
  /** The tab id of a page, as the toolbar button or the context menu give it. */
  tabOf(page: Page): Promise<number>;
  /** Starts (or starts again) `cuttings serve` on the extension's port; returns the app page. */
  startCuttings(): Promise<{ server: Server; app: Page }>;
  stopCuttings(): Promise<void>;
  site: string;
}

const test = base.extend<{ clipper: Clipper }>({
  clipper: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cuttings-clipper-'));
    const site = await startSite();
    const clipperPort = await freePort();
    // Extensions load only in Chromium's new headless mode, which Playwright uses for a persistent context.
    const browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
    const worker: Worker = browser.serviceWorkers()[0] ?? (await browser.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const popup = await browser.newPage();
    await popup.setViewportSize({ width: 340, height: 420 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // The port a user gives for `cuttings serve --clipper-port N`.
    await popup.evaluate((port) => chrome.storage.local.set({ port }), clipperPort);
    let child: ChildProcess | null = null;
    const clipper: Clipper = {
      browser,
      popup,
      site: site.origin,
      ask: (request) => popup.evaluate((r) => chrome.runtime.sendMessage<Request, Report>(r), request),
      tabOf: (page) => popup.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, page.url()),
      async startCuttings() {
        const started = await startServer(join(dir, 'library.db'), { clipperPort, userData: join(dir, 'user-data') });
        child = started.child;
        const app = await browser.newPage();
        await app.goto(await started.server.newLink());
        await expect(app.getByRole('navigation', { name: 'Library' })).toBeVisible();
        return { server: started.server, app };
      },
      async stopCuttings() {
        if (child) await stop(child);
        child = null;
      },
    };
    try {
      await use(clipper);
    } finally {
      await clipper.stopCuttings();
      await browser.close();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

// Each test starts a browser with the extension and one or two servers.
test.describe.configure({ timeout: 90_000 });

/** Pairs the extension: Pair in the popup, the same code confirmed in the app's dialog. */
async function pair(clipper: Clipper, app: Page): Promise<void> {
  await clipper.popup.getByRole('button', { name: 'Test connection' }).click();
  await clipper.popup.getByRole('button', { name: 'Pair', exact: true }).click();
  const asked = clipper.popup.getByRole('status').filter({ hasText: /Pair: confirm code \d{4} in Cuttings/ });
  await expect(asked).toBeVisible();
  const code = /\d{4}/.exec((await asked.textContent()) ?? '')![0];
  const dialog = app.getByRole('dialog', { name: 'Pair a browser with Cuttings?' });
  await expect(dialog).toContainText(code);
  await expect(dialog).toContainText('Chrome on Linux');
  await dialog.getByRole('button', { name: 'Pair', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(clipper.popup.getByRole('status').first()).toContainText('Cuttings is running and this browser is paired');
}

test('pairs once, then clips a selection and a whole page into the review step with their text, title and address', async ({ clipper }) => {
  const { app } = await clipper.startCuttings();
  await clipper.popup.getByRole('button', { name: 'Test connection' }).click();
  await expect(clipper.popup.getByRole('status').first()).toContainText('this browser is not paired');
  await pair(clipper, app);

  const article = await clipper.browser.newPage();
  await article.goto(`${clipper.site}/article`);
  await article.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('lead')!);
    getSelection()!.addRange(range);
  });
  expect((await clipper.ask({ type: 'clip', tabId: await clipper.tabOf(article) })).clipped).toBe('sent');

  const review = app.getByRole('dialog', { name: 'Review clip' });
  await expect(review.getByLabel('Title')).toBeVisible(READING);
  await expect(review.getByLabel('Title')).toHaveValue('Ferry line to Skarnholm resumes after winter pause');
  await expect(review.getByLabel('Web address')).toHaveValue(`${clipper.site}/article`);
  await expect(review.getByText(/resumed its daily crossings on Friday/)).toBeVisible();
  await expect(review.getByText(/forty passengers/)).toHaveCount(0);
  await review.getByRole('button', { name: 'Save clip' }).click();
  await expect(review).toBeHidden();

  await article.evaluate(() => getSelection()!.removeAllRanges());
  expect((await clipper.ask({ type: 'clip', tabId: await clipper.tabOf(article) })).clipped).toBe('sent');
  await expect(review).toBeVisible();
  await expect(review.getByLabel('Title')).toHaveValue('Ferry line to Skarnholm resumes after winter pause');
  await expect(review.getByLabel('Date', { exact: true })).toHaveValue('14 March 2031');
  await expect(review.getByLabel('Web address')).toHaveValue(`${clipper.site}/article`);
  await expect(review.getByText(/forty passengers/)).toBeVisible();
  await expect(review.getByText(/Harbour fees rise/)).toHaveCount(0);
  await review.getByRole('button', { name: /Save/ }).first().click();
  await expect(review).toBeHidden();
  await expect(app.getByRole('option', { name: /Ferry line to Skarnholm/ })).toHaveCount(2);
});

test('a refused pairing, an unknown key and a revoked browser are refused, and their clips wait in the browser', async ({ clipper }) => {
  const { app } = await clipper.startCuttings();
  await clipper.popup.getByRole('button', { name: 'Test connection' }).click();
  await clipper.popup.getByRole('button', { name: 'Pair', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Pair a browser with Cuttings?' });
  await dialog.getByRole('button', { name: 'Refuse' }).click();
  await expect(clipper.popup.getByRole('status').first()).toContainText('the pairing was refused there');

  // A key Cuttings never gave opens nothing.
  await clipper.popup.evaluate(() => chrome.storage.local.set({ key: 'f'.repeat(64) }));
  const article = await clipper.browser.newPage();
  await article.goto(`${clipper.site}/article`);
  const unknown = await clipper.ask({ type: 'clip', tabId: await clipper.tabOf(article) });
  expect(unknown.clipped).toBe('kept');
  expect(unknown.connection.state).toBe('not-paired');
  await expect(app.getByRole('dialog', { name: 'Review clip' })).toBeHidden();

  // Pairing delivers the clip kept meanwhile: nothing is lost.
  await pair(clipper, app);
  const review = app.getByRole('dialog', { name: 'Review clip' });
  await expect(review.getByLabel('Title')).toHaveValue('Ferry line to Skarnholm resumes after winter pause', READING);
  await review.getByText('Cancel', { exact: true }).click();

  await app.getByRole('button', { name: 'Settings' }).first().click();
  const settings = app.getByRole('dialog', { name: 'Settings' });
  const paired = settings.getByRole('list', { name: 'Paired browsers' });
  await expect(paired).toContainText('Chrome on Linux');
  await settings.getByRole('heading', { name: 'Browser clipper' }).scrollIntoViewIfNeeded();
  await app.screenshot({ path: test.info().outputPath('settings-browser-clipper.png') });
  await paired.getByRole('button', { name: 'Revoke Chrome on Linux' }).click();
  await expect(settings).toContainText('No browser is paired');

  const refused = await clipper.ask({ type: 'clip', tabId: await clipper.tabOf(article) });
  expect(refused.clipped).toBe('kept');
  await clipper.popup.getByRole('button', { name: 'Test connection' }).click();
  await expect(clipper.popup.getByRole('status').first()).toContainText('this browser was unpaired in its Settings: clips are refused');
  await expect(clipper.popup.getByText('1 clip is waiting to be sent to Cuttings.')).toBeVisible();
  await expect(review).toBeHidden();
});

test('a clip made while Cuttings is closed waits in the browser and opens once Cuttings runs', async ({ clipper }) => {
  const { app: first } = await clipper.startCuttings();
  await pair(clipper, first);
  await clipper.stopCuttings();
  await first.close();

  const article = await clipper.browser.newPage();
  await article.goto(`${clipper.site}/article`);
  const kept = await clipper.ask({ type: 'clip', tabId: await clipper.tabOf(article) });
  expect(kept).toMatchObject({ clipped: 'kept', waiting: 1, connection: { state: 'not-running' } });
  await clipper.popup.getByRole('button', { name: 'Test connection' }).click();
  await expect(clipper.popup.getByRole('status').first()).toHaveText('Cuttings is not running.');
  await expect(clipper.popup.getByText('Start Cuttings')).toBeVisible();
  await expect(clipper.popup.getByText('1 clip is waiting to be sent to Cuttings.')).toBeVisible();

  const { app } = await clipper.startCuttings();
  await clipper.popup.getByRole('button', { name: 'Test connection' }).click();
  await expect(app.getByRole('dialog', { name: 'Review clip' }).getByLabel('Web address')).toHaveValue(`${clipper.site}/article`, READING);
  await expect(clipper.popup.getByText(/waiting to be sent/)).toBeHidden();
});

test('a hostile page stays inert in the review step and in the saved clip', async ({ clipper }) => {
  const { app } = await clipper.startCuttings();
  await pair(clipper, app);
  const alerts: string[] = [];
  app.on('dialog', (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  const hostile = await clipper.browser.newPage();
  await hostile.goto(`${clipper.site}/hostile`);
  expect((await clipper.ask({ type: 'clip', tabId: await clipper.tabOf(hostile) })).clipped).toBe('sent');

  const review = app.getByRole('dialog', { name: 'Review clip' });
  await expect(review.getByText(/open as a museum of coastal life/)).toBeVisible(READING);
  await review.getByLabel('Title').fill('Lighthouse cottages museum');
  await review.getByRole('button', { name: /Save/ }).first().click();
  await expect(review).toBeHidden();
  await expect(app.getByRole('heading', { level: 1, name: 'Lighthouse cottages museum' })).toBeVisible();
  await app
    .getByRole('button', { name: /original/i })
    .first()
    .click()
    .catch(() => undefined);

  expect(await app.evaluate(() => (window as { __hostile?: unknown }).__hostile)).toBeUndefined();
  expect(alerts).toEqual([]);
  await expect(app.locator('[onerror], [onclick], a[href^="javascript:"], iframe, main script, article script')).toHaveCount(0);
});

test('the popup and the pairing dialog', { tag: '@docs' }, async ({ clipper, picture }) => {
  const { app } = await clipper.startCuttings();
  await clipper.popup.getByRole('button', { name: 'Test connection' }).click();
  await clipper.popup.getByRole('button', { name: 'Pair', exact: true }).click();
  await expect(app.getByRole('dialog', { name: 'Pair a browser with Cuttings?' })).toBeVisible();
  await clipper.popup.locator('main').screenshot({ path: picture('browser-clipper-popup.png') });
  await app.screenshot({ path: picture('browser-clipper-pairing.png') });
});

test('the popup and the pairing dialog have no serious accessibility findings, light or dark', async ({ clipper }) => {
  const { app } = await clipper.startCuttings();
  await clipper.popup.getByRole('button', { name: 'Test connection' }).click();
  await clipper.popup.getByRole('button', { name: 'Pair', exact: true }).click();
  await expect(app.getByRole('dialog', { name: 'Pair a browser with Cuttings?' })).toBeVisible();
  const found: string[] = [];
  for (const page of [app, clipper.popup]) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        for (const node of v.nodes) found.push(`${scheme} ${v.id}: ${node.target.join(' ')}`);
      }
    }
  }
  expect(found).toEqual([]);
});

test('with a team library shown, a clip from the browser is saved to the team library, not the personal one', async ({ clipper }) => {
  test.setTimeout(240_000);
  const password = 'a long team passphrase';
  const cluster = await startPostgresCluster();
  try {
    const database = await createTestDatabase({ host: cluster.host, port: cluster.port, user: cluster.user }, 'clipper_team_e2e');
    const db = ['--database', database.url];
    expect((await cuttings(['team', 'init', ...db, '--admin', 'ada', '--password-stdin'], password)).stderr).toBe('');
    const team = await startTeamServe([...db, '--listen', '127.0.0.1:0', '--plain-http']);
    try {
      const { app } = await clipper.startCuttings();
      await pair(clipper, app);
      const switcher = app.getByRole('button', { name: /, switch library$/ });
      await switcher.click();
      await app.getByRole('menuitem', { name: 'Open team library…' }).click();
      const signIn = app.getByRole('dialog', { name: 'Open a team library' });
      await signIn.getByLabel('Server address').fill(team.origin);
      await signIn.getByLabel('Name').fill('ada');
      await signIn.getByLabel('Password').fill(password);
      await signIn.getByRole('button', { name: 'Sign in' }).click();
      await expect(switcher).toContainText('ada · admin');

      const article = await clipper.browser.newPage();
      await article.goto(`${clipper.site}/article`);
      expect((await clipper.ask({ type: 'clip', tabId: await clipper.tabOf(article) })).clipped).toBe('sent');
      const review = app.getByRole('dialog', { name: 'Review clip' });
      await expect(review.getByLabel('Title')).toHaveValue('Ferry line to Skarnholm resumes after winter pause', READING);
      await review.getByRole('button', { name: /Save/ }).first().click();
      await expect(review).toBeHidden();
      await expect(app.getByRole('option', { name: /Ferry line to Skarnholm/ })).toHaveCount(1);
      await expect(switcher).toContainText(new URL(team.origin).host);

      await switcher.click();
      await app.getByRole('menuitemradio', { name: 'Personal library' }).click();
      await expect(switcher).toContainText('Personal library');
      await expect(app.getByText('No clips yet')).toBeVisible();
    } finally {
      await team.stop();
    }
  } finally {
    cluster.stop();
  }
});
