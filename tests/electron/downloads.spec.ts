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
  await app.evaluate(({ dialog, shell }, saveFolder) => {
    const g = globalThis as unknown as { record: { dialogs: unknown[]; messages: string[]; shown: string[] } };
    g.record = { dialogs: [], messages: [], shown: [] };
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath: string };
      g.record.dialogs.push(options);
      return { canceled: false, filePath: `${saveFolder}/${options.defaultPath.split('/').pop()}` };
    }) as typeof dialog.showSaveDialog;
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

test('an export is saved where the user chose, and can be shown in its folder', async () => {
  const saved = await page.evaluate(async () => {
    const bridge = (
      window as unknown as {
        cuttings: {
          invoke(m: string, a: unknown): Promise<{ ok: boolean; value: { id: number; downloadId: string; fileName: string } }>;
          saveDownload(r: unknown): Promise<unknown>;
        };
      }
    ).cuttings;
    const clip = await bridge.invoke('clips.create', { text: 'Grain ships left Odesa on Monday.', draft: { title: 'Grain corridor' } });
    const ready = await bridge.invoke('dossier.download', { clipIds: [clip.value.id], format: 'md', spec: { title: 'Briefing' } });
    return bridge.saveDownload(ready.value);
  });
  const path = join(folder, 'Briefing.md');
  expect(saved).toEqual({ saved: true, path });
  expect(readFileSync(path, 'utf8')).toMatch(/^# Briefing/m);
  await expect.poll(record).toMatchObject({
    dialogs: [
      {
        title: 'Save Export',
        filters: [
          { name: 'Markdown Document', extensions: ['md'] },
          { name: 'All Files', extensions: ['*'] },
        ],
      },
    ],
    messages: [expect.stringMatching(/^Saved “Briefing\.md” \[Show in (Folder|Finder), OK\]$/)],
    shown: [path],
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
