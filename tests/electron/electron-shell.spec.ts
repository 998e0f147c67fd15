import { expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, skipWithoutElectron } from './launch.js';

skipWithoutElectron();

let app: ElectronApplication;
let folder: string;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cuttings-electron-'));
  ({ app } = await launchApp(folder));
});

test.afterAll(async () => {
  await app?.close();
  rmSync(folder, { recursive: true, force: true });
});

test('the window is sandboxed and sees only the contract', async () => {
  const page = await app.firstWindow();
  const surface = await page.evaluate(() => ({
    bridge: Object.keys((window as unknown as { cuttings: object }).cuttings),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    origin: location.origin,
  }));
  expect(surface).toEqual({ bridge: ['invoke', 'onCommand'], require: 'undefined', process: 'undefined', origin: 'app://cuttings' });
});

test('the API answers through the bridge', async () => {
  const page = await app.firstWindow();
  const result = await page.evaluate(() =>
    (window as unknown as { cuttings: { invoke(m: string, a: unknown): Promise<unknown> } }).cuttings.invoke('library.info', {}),
  );
  expect(result).toMatchObject({ ok: true, value: { clipCount: 0 } });
});

test('navigation away from the app and new windows are refused', async () => {
  const page = await app.firstWindow();
  await page.evaluate(() => {
    window.open('https://example.com/');
    location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
  expect(page.url()).toMatch(/^app:\/\/cuttings\//);
});

test('the Content-Security-Policy stops inline scripts', async () => {
  const page = await app.firstWindow();
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});
