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
  it('exposes one object with one function, and nothing of Node or Electron', () => {
    expect(exposed.map((e) => e.name)).toEqual(['cuttings']);
    expect(Object.keys(exposed[0]!.api)).toEqual(['invoke']);
  });

  it('passes the contract’s methods to the one IPC channel', async () => {
    await expect(exposed[0]!.api.invoke!('clips.list', { limit: 5 })).resolves.toEqual({ ok: true, value: 'from main' });
    expect(invoked).toEqual([['api:invoke', 'clips.list', { limit: 5 }]]);
  });

  it('refuses a method outside the contract without sending it', async () => {
    invoked.length = 0;
    await expect(exposed[0]!.api.invoke!('shell.openExternal', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    await expect(exposed[0]!.api.invoke!('__proto__', {})).resolves.toMatchObject({ ok: false });
    expect(invoked).toEqual([]);
  });
});
