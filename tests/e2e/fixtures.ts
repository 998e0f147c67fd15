import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export { corpusText, corpusTruth } from '../support/fixtures.js';

export interface Server {
  /** The URL `cuttings serve` printed, token fragment included; the helper has used it for its own session. */
  url: string;
  /** The same origin without the token. */
  origin: string;
  /** The printed one-time token (already used). */
  token: string;
  /** The library file the server has open, for the CLI to work on beside it. */
  library: string;
  /** A fresh one-time address, good for one browser session, as a page opening browser mode needs. */
  newLink(): Promise<string>;
  /** Calls the API directly, in the helper's own session, for arranging a test's library. */
  call<T = unknown>(method: string, args: unknown): Promise<T>;
}

/** A command line that runs `cuttings serve`: as is, or through a wrapper that runs it as another account. */
export type ServeCommand = (command: string, args: string[]) => { command: string; args: string[] };

export interface ServeOptions {
  /** Where the browser extension reaches this server; by default it listens for none, leaving the fixed ports to the user's Cuttings. */
  clipperPort?: number;
  /** The user-data folder (paired browsers), else the account's own. */
  userData?: string;
  /** Runs the server as another account, where a test needs one. */
  as?: ServeCommand;
}

/** `cuttings serve` on `library`, its session opened; `stop` ends it. */
export async function startServer(library: string, options: ServeOptions = {}): Promise<{ server: Server; child: ChildProcess }> {
  const args = [
    'bin/cuttings.js',
    'serve',
    '--port',
    '0',
    '--library',
    library,
    '--json',
    '--clipper-port',
    String(options.clipperPort ?? 0),
  ];
  const serve = (options.as ?? ((command, a) => ({ command, args: a })))(process.execPath, args);
  const child = spawn(serve.command, serve.args, {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: options.userData ? { ...process.env, XDG_CONFIG_HOME: options.userData } : process.env,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`cuttings serve printed no URL in 15 s. ${stderr}`)), 15_000);
    lines.once('line', (l) => {
      clearTimeout(timer);
      resolve(l);
    });
    child.once('exit', (code) => reject(new Error(`cuttings serve exited with ${code}: ${stderr}`)));
  });
  const { url } = JSON.parse(line) as { url: string };
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';
  const origin = parsed.origin;
  const opened = await fetch(`${origin}/session`, { method: 'POST', headers: { 'x-cuttings-token': token } });
  const cookie = opened.headers.get('set-cookie')?.split(';')[0];
  if (!opened.ok || !cookie) throw new Error(`cuttings serve gave no session for its printed token (${opened.status}).`);
  const server: Server = {
    url,
    origin,
    token,
    library,
    async newLink() {
      const response = await fetch(`${origin}/session/link`, { method: 'POST', headers: { cookie } });
      const body = (await response.json()) as { ok: boolean; value?: { url: string } };
      if (!body.ok || !body.value) throw new Error(`cuttings serve gave no new address (${response.status}).`);
      return body.value.url;
    },
    async call(method, args) {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(args),
      });
      const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`);
      return body.value as never;
    },
  };
  return { server, child };
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface PictureOptions {
  /** Set by playwright.screenshots.config.ts: pictures tagged @docs go to docs/ for the README. */
  writeDocsPictures: boolean;
}

/** Where a picture of the app goes: docs/ under `npm run screenshots`, the test's output otherwise. */
export type PicturePath = (name: string) => string;

/** Each test gets its own `cuttings serve` on a fresh library in a temporary folder. */
export const test = base.extend<{ server: Server; app: Page; picture: PicturePath } & PictureOptions>({
  writeDocsPictures: [false, { option: true }],
  picture: async ({ writeDocsPictures }, use, testInfo) => {
    await use((name) => (writeDocsPictures ? join(repo, 'docs', name) : testInfo.outputPath(name)));
  },
  server: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cuttings-e2e-'));
    const { server, child } = await startServer(join(dir, 'library.db'));
    try {
      await use(server);
    } finally {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    }
  },
  // An error the renderer does not catch fails the test that met it, whatever the test asserts.
  app: async ({ page, server }, use) => {
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.stack ?? error.message));
    await page.goto(await server.newLink());
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
    await use(page);
    expect(uncaught, 'errors the window did not catch').toEqual([]);
    // The pages go before their server stops, or the server waits on the requests they go on making.
    await page.context().close();
  },
});

/** Dispatches a real paste event, as ⌘V / Ctrl+V with this clipboard would. */
export async function pasteIntoPage(page: Page, text: string, html?: string): Promise<void> {
  await page.evaluate(
    ([plain, rich]) => {
      const data = new DataTransfer();
      data.setData('text/plain', plain);
      if (rich) data.setData('text/html', rich);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [text, html ?? ''] as const,
  );
}

export { expect };
