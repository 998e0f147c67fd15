import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, skipWithoutElectron } from './launch.js';

skipWithoutElectron();

let app: ElectronApplication;
let page: Page;
let folder: string;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cuttings-electron-shortcut-'));
  ({ app, page } = await launchApp(folder));
  // Message boxes are recorded instead of shown: a native dialog would wait for a person.
  await app.evaluate(({ dialog }) => {
    const g = globalThis as unknown as { messages: string[] };
    g.messages = [];
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = args.at(-1) as { message: string; detail?: string };
      g.messages.push(`${options.message}: ${options.detail ?? ''}`);
      return { response: 1, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  });
});

test.afterAll(async () => {
  await app?.close();
  rmSync(folder, { recursive: true, force: true });
});

const registered = (accelerator: string) => app.evaluate(({ globalShortcut }, a) => globalShortcut.isRegistered(a), accelerator);
const messages = () => app.evaluate(() => (globalThis as unknown as { messages: string[] }).messages.splice(0));
const updateShortcut = (clipShortcut: string) =>
  page.evaluate(
    (value) =>
      (window as unknown as { cuttings: { invoke(m: string, a: unknown): Promise<unknown> } }).cuttings.invoke('settings.update', {
        patch: { clipShortcut: value },
      }),
    clipShortcut,
  );

test('the default clip shortcut is held from the start', async () => {
  await expect.poll(() => registered('CommandOrControl+Shift+Y')).toBe(true);
});

test('a new shortcut in Settings replaces the old one, and an empty one turns it off', async () => {
  await updateShortcut('CommandOrControl+Alt+K');
  expect(await registered('CommandOrControl+Shift+Y')).toBe(false);
  expect(await registered('CommandOrControl+Alt+K')).toBe(true);
  await updateShortcut('');
  expect(await registered('CommandOrControl+Alt+K')).toBe(false);
  expect(await messages()).toEqual([]);
});

test('a shortcut that cannot work everywhere is refused with a sentence saying what to do', async () => {
  await updateShortcut('Shift+Y');
  expect(await registered('Shift+Y')).toBe(false);
  await expect
    .poll(messages)
    .toEqual([expect.stringMatching(/“Shift\+Y” cannot clip from anywhere: .*Choose another shortcut in Settings/)]);
});

test('a shortcut another app holds is reported as taken', async () => {
  // Held here by someone else than the clip shortcut, as another app would hold it.
  await app.evaluate(({ globalShortcut }) => globalShortcut.register('CommandOrControl+Alt+J', () => undefined));
  await updateShortcut('CommandOrControl+Alt+J');
  await expect.poll(messages).toEqual([expect.stringMatching(/Another app already uses .*Alt\+J.*Choose another shortcut in Settings/)]);
});
