import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { nativeBindingPath } from '../../../electron/core/db/native-binding.js';
import * as electron from './fake-electron.js';

/**
 * The real main process, started as Electron would start it (Electron replaced by the recorder in
 * fake-electron.ts): it must open the library with the Electron build of SQLite's native code that
 * nativeBindingPath names under the app's root, never the Node build in node_modules. Node cannot
 * load an Electron build, so the app's root here holds a copy of the Node build at that place,
 * and the test checks which file the process actually loaded.
 */
vi.mock('electron', () => import('./fake-electron.js'));

const { app, BrowserWindow, ipcMain, record } = electron;
const require = createRequire(import.meta.url);
const nodeBuild = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
let folder: string;
let electronBuild: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cuttings-main-binding-'));
  Object.defineProperty(process.versions, 'electron', { value: '45.5.0', configurable: true });
  app.appPath = join(folder, 'app');
  electronBuild = nativeBindingPath(app.appPath)!;
  mkdirSync(dirname(electronBuild), { recursive: true });
  copyFileSync(nodeBuild, electronBuild);
  mkdirSync(join(folder, 'profile'));
  process.env.CUTTINGS_LIBRARY = join(folder, 'library.db');
  process.env.CUTTINGS_USER_DATA = join(folder, 'profile');
  await import('../../../electron/main/main.js');
  app.start();
  await vi.waitFor(() => expect(BrowserWindow.getAllWindows()).toHaveLength(1));
});

afterAll(async () => {
  app.quit();
  await vi.waitFor(() => expect(record.quit).toBe(true));
  delete (process.versions as Record<string, string | undefined>)['electron'];
  delete process.env.CUTTINGS_LIBRARY;
  delete process.env.CUTTINGS_USER_DATA;
  rmSync(folder, { recursive: true, force: true });
});

it('opens the library with the Electron build under the app’s root, not the Node build', async () => {
  expect(electronBuild).toBe(join(folder, 'app', '.electron-native', 'better_sqlite3.node'));
  expect(record.errors).toEqual([]);
  const loaded = Object.keys(require.cache).filter((file) => file.endsWith('.node'));
  expect(loaded).toContain(electronBuild);
  expect(loaded).not.toContain(nodeBuild);
  const saved = await ipcMain.invoke('app://cuttings/index.html', 'clips.create', {
    text: 'The first ferry left at dawn.',
    draft: { title: 'Ferry service resumes' },
  });
  expect(saved).toMatchObject({ ok: true, value: { title: 'Ferry service resumes' } });
});
