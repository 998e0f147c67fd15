import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The built preload, run as Electron runs it in a sandbox: with only `require('electron')`.
 * Electron itself is replaced by a recorder (its binary cannot run here); the preload is ours,
 * exactly as shipped in dist/.
 */
const bundle = join(import.meta.dirname, '../../../dist/preload/preload.cjs');

interface Exposed {
  name: string;
  api: Record<string, (...args: unknown[]) => Promise<unknown>>;
}

let exposed: Exposed[];
let invoked: unknown[][];
/** What the preload listens to, by channel, as main would reach it. */
const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
const fromMain = (channel: string, ...args: unknown[]) => {
  for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the IPC event' }, ...args);
};

beforeAll(() => {
  exposed = [];
  invoked = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: Exposed['api']) => exposed.push({ name, api }) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve({ ok: true, value: 'from main' });
      },
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      },
      removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  const module = { exports: {} };
  const require = (id: string) => {
    if (id === 'electron') return electron;
    throw new Error(`the sandboxed preload may not require ${id}`);
  };
  runInNewContext(readFileSync(bundle, 'utf8'), { require, module, exports: module.exports, console });
});

describe('the preload', () => {
  it('exposes one object with the contract, the core’s events, the command listener and saving exports, and nothing of Node or Electron', () => {
    expect(exposed.map((e) => e.name)).toEqual(['cuttings']);
    expect(Object.keys(exposed[0]!.api)).toEqual(['invoke', 'saveDownload', 'onEvent', 'onCommand']);
    expect(listeners.size).toBe(0);
  });

  it('passes the contract’s methods to the one IPC channel', async () => {
    await expect(exposed[0]!.api.invoke!('clips.list', { limit: 5 })).resolves.toEqual({ ok: true, value: 'from main' });
    expect(invoked).toEqual([['api:invoke', 'clips.list', { limit: 5 }]]);
  });

  it('refuses a method outside the contract without sending it', async () => {
    invoked.length = 0;
    await expect(exposed[0]!.api.invoke!('shell.openExternal', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    await expect(exposed[0]!.api.invoke!('__proto__', {})).resolves.toMatchObject({ ok: false });
    expect(invoked).toEqual([]);
  });
});

describe('saving an export', () => {
  it('sends main only the download id and the suggested name', async () => {
    invoked.length = 0;
    const ready = {
      downloadId: 'abc123',
      fileName: 'Brief.pdf',
      mimeType: 'application/pdf',
      bytes: 10,
      clips: 1,
      pages: 1,
      extra: { evil: true },
    };
    await exposed[0]!.api.saveDownload!(ready);
    expect(invoked).toEqual([['app:save-download', { downloadId: 'abc123', fileName: 'Brief.pdf' }]]);
  });
});

describe('the core’s events', () => {
  it('reach the page without the IPC event, until it stops listening', () => {
    const onEvent = exposed[0]!.api.onEvent as unknown as (l: (...args: unknown[]) => void) => () => void;
    const received: unknown[][] = [];
    const stop = onEvent((...args) => received.push(args));
    const event = { type: 'job.progress', jobId: 'j1', kind: 'dossier', progress: { stage: 'writing' } };
    fromMain('api:event', event);
    stop();
    fromMain('api:event', event);
    expect(received).toEqual([[event]]);
    expect(listeners.get('api:event')?.size).toBe(0);
  });
});

describe('commands from main', () => {
  const onCommand = (listener: (command: unknown) => void) =>
    (exposed[0]!.api.onCommand as unknown as (l: (command: unknown) => void) => () => void)(listener);

  it('reach the page checked, without the IPC event', () => {
    const received: unknown[][] = [];
    const stop = onCommand((...args) => received.push(args));
    fromMain('app:command', { name: 'new-clip' });
    fromMain('app:command', { name: 'review-paste', text: 'Body', html: '<p>Body</p>' });
    stop();
    expect(received).toEqual([[{ name: 'new-clip' }], [{ name: 'review-paste', text: 'Body', html: '<p>Body</p>' }]]);
  });

  it('are dropped when they are not app commands', () => {
    const received: unknown[] = [];
    const stop = onCommand((command) => received.push(command));
    fromMain('app:command', { name: 'shell.openExternal', url: 'https://example.com' });
    fromMain('app:command', { name: 'review-paste' });
    fromMain('app:command', 'new-clip');
    fromMain('api:invoke', { name: 'new-clip' });
    stop();
    expect(received).toEqual([]);
  });

  it('stop when the page stops listening', () => {
    const received: unknown[] = [];
    onCommand((command) => received.push(command))();
    fromMain('app:command', { name: 'find' });
    expect(received).toEqual([]);
    expect(listeners.get('app:command')?.size).toBe(0);
  });
});
