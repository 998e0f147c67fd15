import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  insecureWebPreferences,
  isAllowedRequest,
  isAppPage,
  isExternalLink,
  type WebPreferencesLike,
} from '../../../electron/main/security-policy.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/server/static-files.js';

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item,
 * where it can be checked without the Electron binary; tests/electron/electron-shell.spec.ts
 * checks the same in the running app where the binary exists. Electron itself is replaced by a
 * recorder below: the handlers under test are ours, as shipped.
 */
const root = join(import.meta.dirname, '../../..');

const recorded = vi.hoisted(() => ({
  appHandlers: new Map<string, (...args: unknown[]) => void>(),
  permission: null as null | ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void),
  permissionCheck: null as null | (() => boolean),
  beforeRequest: null as null | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
  headers: null as
    | null
    | ((
        details: { responseHeaders: Record<string, string[]> },
        callback: (r: { responseHeaders: Record<string, string[]> }) => void,
      ) => void),
  opened: [] as string[],
  /** The button the user presses in the "Open this link?" box: 0 opens, 1 cancels. */
  answer: 1,
  asked: [] as { message?: string; detail?: string }[],
}));

vi.mock('electron', () => ({
  app: { on: (name: string, handler: (...args: unknown[]) => void) => recorded.appHandlers.set(name, handler) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof recorded.permission) => (recorded.permission = h),
      setPermissionCheckHandler: (h: typeof recorded.permissionCheck) => (recorded.permissionCheck = h),
      webRequest: {
        onBeforeRequest: (h: typeof recorded.beforeRequest) => (recorded.beforeRequest = h),
        onHeadersReceived: (h: typeof recorded.headers) => (recorded.headers = h),
      },
    },
  },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showMessageBox: async (...args: { message?: string; detail?: string }[]) => {
      recorded.asked.push(args.at(-1)!);
      return { response: recorded.answer };
    },
  },
  shell: { openExternal: async (url: string) => void recorded.opened.push(url) },
}));

/** A stand-in WebContents that keeps the handlers our code attaches to it. */
function fakeContents() {
  const events = new Map<string, (event: { preventDefault(): void }) => void>();
  let windowOpen: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: (name: string, handler: (event: { preventDefault(): void }) => void) => events.set(name, handler),
    setWindowOpenHandler: (handler: typeof windowOpen) => (windowOpen = handler),
    /** Fires an event; true when our handler prevented it. */
    fire(name: string): boolean {
      let prevented = false;
      events.get(name)?.({ preventDefault: () => (prevented = true) });
      return prevented;
    },
    open: (url: string) => windowOpen?.({ url }),
  };
}

/** Every `webPreferences: { … }` literal in the shell's sources, with its plain values read. */
function windowPreferences(): { file: string; prefs: WebPreferencesLike & Record<string, unknown> }[] {
  const folder = join(root, 'electron/main');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) => {
      const source = readFileSync(join(folder, file), 'utf8');
      return [...source.matchAll(/webPreferences:\s*\{([^}]*)\}/g)].map((m) => {
        const prefs: Record<string, unknown> = {};
        for (const [, key, value] of m[1]!.matchAll(/(\w+):\s*(true|false|'[^']*')/g)) {
          prefs[key!] = value === 'true' ? true : value === 'false' ? false : value!.slice(1, -1);
        }
        return { file, prefs };
      });
    });
}

describe('Electron security checklist', () => {
  beforeAll(async () => {
    const { hardenSessions } = await import('../../../electron/main/security.js');
    hardenSessions();
  });

  it('2, 3, 4, 6, 8, 9, 10: every window is made with Node off, context isolation and the sandbox on, and nothing loosened', () => {
    const windows = windowPreferences();
    expect(windows.length).toBeGreaterThan(0);
    for (const { file, prefs } of windows) {
      expect(prefs, file).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      expect(insecureWebPreferences(prefs), file).toEqual([]);
    }
    // The rule itself flags each loosened setting.
    expect(
      insecureWebPreferences({
        nodeIntegration: true,
        contextIsolation: false,
        sandbox: false,
        webSecurity: false,
        allowRunningInsecureContent: true,
        experimentalFeatures: true,
        enableBlinkFeatures: 'X',
        webviewTag: true,
        nodeIntegrationInSubFrames: true,
        nodeIntegrationInWorker: true,
      }),
    ).toHaveLength(10);
  });

  it('1, 18: only the app’s own scheme loads; http, https, file and websockets are cancelled', () => {
    const cancelled = (url: string) => {
      let result = false;
      recorded.beforeRequest!({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancelled('app://cuttings/index.html')).toBe(false);
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'ws://example.com/', 'ftp://example.com/']) {
      expect(cancelled(url), url).toBe(true);
    }
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
  });

  it('5: every permission request and check is refused', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      let granted: boolean | null = null;
      recorded.permission!(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
    expect(recorded.permissionCheck!()).toBe(false);
  });

  it('7: a strict Content-Security-Policy on every response: no inline or eval’d script, no plugins, no framing, no other origins', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
    let headers: Record<string, string[]> = {};
    recorded.headers!({ responseHeaders: { 'content-security-policy': ['default-src *'] } }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('11, 12, 13, 14: navigation, redirects, webviews and new windows are refused', () => {
    const contents = fakeContents();
    recorded.appHandlers.get('web-contents-created')!({}, contents);
    expect(contents.fire('will-navigate')).toBe(true);
    expect(contents.fire('will-redirect')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('app://cuttings/index.html')).toEqual({ action: 'deny' });
  });

  it('15: only web links go to shell.openExternal, and only after the user says yes', async () => {
    recorded.asked.length = 0;
    const contents = fakeContents();
    recorded.appHandlers.get('web-contents-created')!({}, contents);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'data:text/html,x',
      'ms-msdt:/id',
      'https://example.com/',
    ])
      contents.open(url);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(recorded.opened).toEqual([]);
    expect(isExternalLink('https://example.com/a')).toBe(true);
    expect(isExternalLink('HTTP://example.com/')).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'https:// spaced', 'ms-msdt:/id'])
      expect(isExternalLink(url), url).toBe(false);

    // The user is asked about the web link only, and it opens once they say yes.
    expect(recorded.asked).toEqual([
      expect.objectContaining({ message: 'Open this link in your web browser?', detail: 'https://example.com/' }),
    ]);
    recorded.answer = 0;
    contents.open('https://example.com/story?id=7');
    await vi.waitFor(() => expect(recorded.opened).toEqual(['https://example.com/story?id=7']));
    recorded.answer = 1;
  });

  it('17: the IPC bridge answers only the app’s own pages', () => {
    expect(isAppPage('app://cuttings/index.html')).toBe(true);
    for (const url of [
      'app://cuttings.evil/index.html',
      'app://cuttingsx/',
      'https://cuttings/',
      'about:blank',
      '',
      'http://127.0.0.1:4000/',
    ]) {
      expect(isAppPage(url), url).toBe(false);
    }
    // main-process.test.ts calls both IPC channels of the running main process from a foreign page.
  });

  it('19: the packed binary has its fuses flipped', () => {
    const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    const fuses = Object.fromEntries(
      [...config.split('electronFuses:')[1]!.matchAll(/^\s+(\w+):\s*(true|false)/gm)].map(([, k, v]) => [k, v === 'true']),
    );
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
