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
  folder = mkdtempSync(join(tmpdir(), 'cuttings-electron-menu-'));
  ({ app, page } = await launchApp(folder));
  await page.evaluate(() => {
    const w = window as unknown as { commands: unknown[]; cuttings: { onCommand(l: (c: unknown) => void): () => void } };
    w.commands = [];
    w.cuttings.onCommand((command) => w.commands.push(command));
  });
});

test.afterAll(async () => {
  await app?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Clicks a menu item by its path of labels, as the user would. */
async function clickMenu(...path: string[]): Promise<void> {
  await app.evaluate(({ Menu }, labels) => {
    let items = Menu.getApplicationMenu()!.items;
    let item;
    for (const label of labels) {
      item = items.find((i) => i.label.replace('&', '') === label);
      if (!item) throw new Error(`no menu item ${label}`);
      items = item.submenu?.items ?? [];
    }
    item!.click();
  }, path);
}

const received = () => page.evaluate(() => (window as unknown as { commands: unknown[] }).commands.splice(0));

test('the menu bar follows the platform', async () => {
  const { labels, platform } = await app.evaluate(({ Menu }) => ({
    labels: Menu.getApplicationMenu()!.items.map((i) => i.label.replace('&', '')),
    platform: process.platform,
  }));
  const common = ['File', 'Edit', 'Clip', 'View', 'Window', 'Help'];
  expect(labels).toEqual(platform === 'darwin' ? ['Cuttings', ...common] : common);
});

test('menu items reach the page as app commands', async () => {
  await clickMenu('File', 'New Clip');
  await clickMenu('Edit', 'Find…');
  await clickMenu('Edit', 'Undo');
  await clickMenu('Help', 'Keyboard Shortcuts');
  await clickMenu('Clip', 'Copy Citation');
  await expect
    .poll(received)
    .toEqual([{ name: 'new-clip' }, { name: 'find' }, { name: 'undo' }, { name: 'show-shortcuts' }, { name: 'copy-citation' }]);
});

test('Settings sits in the app menu on macOS and under Edit elsewhere', async () => {
  const platform = await app.evaluate(() => process.platform);
  await clickMenu(...(platform === 'darwin' ? ['Cuttings', 'Settings…'] : ['Edit', 'Settings…']));
  await expect.poll(received).toEqual([{ name: 'settings' }]);
});

test('a page that stopped listening gets nothing more', async () => {
  await page.evaluate(() => {
    const w = window as unknown as { late: unknown[]; cuttings: { onCommand(l: (c: unknown) => void): () => void } };
    w.late = [];
    w.cuttings.onCommand((command) => w.late.push(command))();
  });
  await clickMenu('File', 'Import…');
  await expect.poll(received).toEqual([{ name: 'import' }]);
  expect(await page.evaluate(() => (window as unknown as { late: unknown[] }).late)).toEqual([]);
});

test('Paste as Clip opens what is on the clipboard for review', async () => {
  await app.evaluate(({ clipboard }) => clipboard.writeText('Ceasefire talks resume in Doha'));
  await clickMenu('File', 'Paste as Clip');
  await expect.poll(received).toEqual([{ name: 'review-paste', text: 'Ceasefire talks resume in Doha' }]);
});
