import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, skipWithoutElectron } from './launch.js';

skipWithoutElectron();

let app: ElectronApplication;
let page: Page;
let folder: string;

/**
 * The native save dialog and message box wait for a person, so the test answers them: it picks
 * the path the dialog would return, records the dialog options and the message, and records
 * "Show in Folder" instead of opening a file manager.
 */
test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cuttings-electron-downloads-'));
  ({ app, page } = await launchApp(folder));
  await app.evaluate(({ dialog, session, shell }, saveFolder) => {
    const g = globalThis as unknown as { record: { dialogs: unknown[]; messages: string[]; shown: string[]; states: string[] } };
    g.record = { dialogs: [], messages: [], shown: [], states: [] };
    session.defaultSession.on('will-download', (_event, item) => {
      g.record.dialogs.push(item.getSaveDialogOptions());
      item.setSavePath(`${saveFolder}/${item.getFilename()}`);
      item.once('done', (_e, state) => g.record.states.push(state));
    });
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = args.at(-1) as { message: string; buttons?: string[] };
      g.record.messages.push(`${options.message} [${(options.buttons ?? []).join(', ')}]`);
      return { response: 0, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
    shell.showItemInFolder = (path: string) => void g.record.shown.push(path);
  }, folder);
});

test.afterAll(async () => {
  await app?.close();
  rmSync(folder, { recursive: true, force: true });
});

const record = () => app.evaluate(() => (globalThis as unknown as { record: unknown }).record);

test('an export the page downloads is saved where the user chose, and can be shown in its folder', async () => {
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob(['# Briefing\n'], { type: 'text/markdown' }));
    link.download = 'Briefing.md';
    link.click();
  });
  const saved = join(folder, 'Briefing.md');
  await expect.poll(() => existsSync(saved) && readFileSync(saved, 'utf8')).toBe('# Briefing\n');
  await expect.poll(record).toMatchObject({
    dialogs: [{ title: 'Save Export', filters: [{ name: 'Markdown Document', extensions: ['md'] }, { name: 'All Files', extensions: ['*'] }] }],
    states: ['completed'],
    messages: [expect.stringMatching(/^Saved “Briefing\.md” \[Show in (Folder|Finder), OK\]$/)],
    shown: [saved],
  });
});

test('a download from anywhere but the app is refused', async () => {
  const messagesBefore = ((await record()) as { messages: string[] }).messages.length;
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.downloadURL('https://example.com/payload.exe'));
  await page.waitForTimeout(1_000);
  expect(existsSync(join(folder, 'payload.exe'))).toBe(false);
  // Refused before the save dialog: neither "Saved" nor "could not save" follows.
  expect(((await record()) as { messages: string[] }).messages).toHaveLength(messagesBefore);
});
