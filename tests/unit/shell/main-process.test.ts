import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron.js';

/**
 * The real main process, started on a real library with Electron replaced by a recorder (see
 * fake-electron.ts): the wiring between menu, window, core, settings, clipboard and downloads.
 */
vi.mock('electron', () => import('./fake-electron.js'));

const { app, BrowserWindow, globalShortcut, clipboard, ipcMain, record, answers, session } = electron;
const APP_PAGE = 'app://cuttings/index.html';
let folder: string;
const profile = () => join(folder, 'profile');
const mainWindow = () => BrowserWindow.getAllWindows()[0]!;
const sentOn = (channel: string) =>
  mainWindow()
    .webContents.sent.splice(0)
    .filter(([on]) => on === channel);
const commandsSent = () => sentOn('app:command');
function fileMenuItem(label: string) {
  const file = record.menu.find((m) => m.label === '&File' || m.label === 'File')!;
  return (file.submenu as Array<{ label?: string; click: (...args: unknown[]) => void }>).find((i) => i.label === label)!;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cuttings-main-'));
  mkdirSync(profile());
  process.env.CUTTINGS_LIBRARY = join(folder, 'library.db');
  process.env.CUTTINGS_USER_DATA = profile();
  await import('../../../electron/main/main.js');
  app.start();
  await vi.waitFor(() => expect(globalShortcut.registered()).toEqual(['CommandOrControl+Shift+Y']));
});

afterAll(async () => {
  app.quit();
  await vi.waitFor(() => expect(record.quit).toBe(true));
  rmSync(folder, { recursive: true, force: true });
  delete process.env.CUTTINGS_LIBRARY;
  delete process.env.CUTTINGS_USER_DATA;
});

describe('the main process', () => {
  it('opens one locked-down window in the light background, with the menu and About panel', () => {
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(mainWindow().options).toMatchObject({
      width: 1280,
      height: 820,
      backgroundColor: '#ffffff',
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
    });
    expect(mainWindow().webContents.url).toBe(APP_PAGE);
    expect(record.menu.map((m) => m.label)).toEqual(
      process.platform === 'darwin'
        ? ['Cuttings', 'File', 'Edit', 'Clip', 'View', 'Window', 'Help']
        : ['&File', '&Edit', '&Clip', '&View', '&Window', '&Help'],
    );
    expect(record.about).toMatchObject({ applicationName: 'Cuttings', applicationVersion: '0.1.0' });
    expect(record.errors).toEqual([]);
    expect(app.switches).toEqual(process.platform === 'linux' ? [['enable-features', 'GlobalShortcutsPortal']] : []);
  });

  it('hands a menu command to the page once it has loaded', () => {
    const newClip = fileMenuItem('New Clip');
    newClip.click(newClip, mainWindow(), {});
    expect(commandsSent()).toEqual([]);
    mainWindow().webContents.finishLoad();
    expect(commandsSent()).toEqual([['app:command', { name: 'new-clip' }]]);
  });

  it('clips the clipboard from anywhere with the shortcut, HTML first', async () => {
    clipboard.text = 'Ceasefire talks resume\n\nNegotiators met in Doha.';
    clipboard.html = '<h1>Ceasefire talks resume</h1><p>Negotiators met in Doha.</p>';
    globalShortcut.press('CommandOrControl+Shift+Y');
    await vi.waitFor(() =>
      expect(commandsSent()).toEqual([['app:command', { name: 'review-paste', text: clipboard.text, html: clipboard.html }]]),
    );
    expect(mainWindow().visible).toBe(true);
  });

  it('pastes as a clip from the menu by reading the clipboard itself (the page may not)', async () => {
    clipboard.text = 'Plain report';
    clipboard.html = '';
    const paste = fileMenuItem('Paste as Clip');
    paste.click(paste, mainWindow(), {});
    await vi.waitFor(() => expect(commandsSent()).toEqual([['app:command', { name: 'review-paste', text: 'Plain report' }]]));
  });

  it('says so when the clipboard holds nothing to clip', async () => {
    clipboard.text = '';
    clipboard.html = '';
    globalShortcut.press('CommandOrControl+Shift+Y');
    await vi.waitFor(() =>
      expect(record.messages.splice(0)).toEqual([expect.objectContaining({ message: 'Nothing to clip', buttons: ['OK'] })]),
    );
    expect(commandsSent()).toEqual([]);
  });

  it('moves the clip shortcut when the setting changes through the window, and only then', async () => {
    await expect(ipcMain.invoke(APP_PAGE, 'settings.update', { patch: { clipShortcut: 'CommandOrControl+Alt+K' } })).resolves.toMatchObject(
      { ok: true },
    );
    expect(globalShortcut.registered()).toEqual(['CommandOrControl+Alt+K']);

    await expect(ipcMain.invoke('https://example.com/', 'settings.update', { patch: { clipShortcut: '' } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(globalShortcut.registered()).toEqual(['CommandOrControl+Alt+K']);

    await ipcMain.invoke(APP_PAGE, 'settings.update', { patch: { clipShortcut: '' } });
    expect(globalShortcut.registered()).toEqual([]);
    expect(record.messages).toEqual([]);
  });

  it('tells the window what the core reports, and refuses over IPC what writes to a named path', async () => {
    mainWindow().webContents.sent.length = 0;
    await ipcMain.invoke(APP_PAGE, 'settings.update', { patch: { dateFormat: 'iso' } });
    expect(sentOn('api:event')).toEqual([
      ['api:event', { type: 'settings.changed', settings: expect.objectContaining({ dateFormat: 'iso' }) }],
      ['api:event', { type: 'library.edited', method: 'settings.update' }],
    ]);

    const target = join(folder, 'written-by-the-page.md');
    await expect(ipcMain.invoke(APP_PAGE, 'dossier.export', { clipIds: [1], outPath: target, format: 'md' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: expect.stringMatching(/only the cuttings command/) },
    });
    expect(existsSync(target)).toBe(false);
  });

  it('tells the user when another app holds the shortcut, once, and opens Settings on request', async () => {
    globalShortcut.taken.add('CommandOrControl+Alt+J');
    answers.messageBox = 0;
    await ipcMain.invoke(APP_PAGE, 'settings.update', { patch: { clipShortcut: 'CommandOrControl+Alt+J' } });
    await vi.waitFor(() => expect(commandsSent()).toEqual([['app:command', { name: 'settings' }]]));
    const [message] = record.messages.splice(0);
    expect(message).toMatchObject({ message: 'The clip shortcut is taken', buttons: ['Open Settings', 'OK'] });
    expect(message!.detail).toMatch(
      /Another app already uses (Ctrl|Cmd)\+Alt\+J, so it cannot clip from anywhere\. Choose another shortcut in Settings\./,
    );

    await ipcMain.invoke(APP_PAGE, 'settings.update', { patch: { paperSize: 'Letter' } });
    expect(record.messages).toEqual([]);
    answers.messageBox = 1;
  });

  it('saves an export where the user chose, offers to show it in its folder, and refuses every browser download', async () => {
    const created = (await ipcMain.invoke(APP_PAGE, 'clips.create', {
      text: 'Grain ships left Odesa on Monday.',
      draft: { title: 'Grain corridor' },
    })) as {
      ok: boolean;
      value: { id: number };
    };
    const ready = (await ipcMain.invoke(APP_PAGE, 'dossier.download', {
      clipIds: [created.value.id],
      format: 'md',
      spec: { title: 'Briefing' },
    })) as {
      ok: boolean;
      value: { downloadId: string; fileName: string };
    };
    expect(ready.ok).toBe(true);
    const save = (url: string) => ipcMain.invokeOn('app:save-download', url, mainWindow().webContents, ready.value);

    answers.savePath = null;
    await expect(save(APP_PAGE)).resolves.toEqual({ saved: false, path: null });
    const target = join(folder, 'Briefing.md');
    answers.savePath = target;
    answers.messageBox = 0;
    await expect(save('https://example.com/')).rejects.toThrow(/Only the Cuttings window/);
    await expect(save(APP_PAGE)).resolves.toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toMatch(/^# Briefing/m);
    expect(record.saveDialogs.at(-1)).toMatchObject({
      title: 'Save Export',
      defaultPath: '/tmp/Downloads/Briefing.md',
      filters: [{ extensions: ['md'] }, { extensions: ['*'] }],
    });
    await vi.waitFor(() => expect(record.shown).toEqual([target]));
    expect(record.messages.splice(0)).toEqual([expect.objectContaining({ message: 'Saved “Briefing.md”', detail: folder })]);
    answers.messageBox = 1;
    await expect(save(APP_PAGE)).rejects.toThrow(/no longer waiting/);

    let refused = false;
    const remote = { getURL: () => 'https://example.com/payload.exe', getFilename: () => 'payload.exe' };
    session.defaultSession.emit('will-download', { preventDefault: () => (refused = true) }, remote, mainWindow().webContents);
    expect(refused).toBe(true);
  });

  it('remembers the window’s place and theme and opens the next window there', () => {
    const win = mainWindow();
    win.setBounds({ x: 40, y: 30, width: 1000, height: 700 });
    win.webContents.emit('did-change-theme-color', {}, '#1b1b1d');
    expect(win.background).toBe('#1b1b1d');
    win.close();
    expect(JSON.parse(readFileSync(join(profile(), 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 40, y: 30, width: 1000, height: 700 },
      maximized: false,
      background: '#1b1b1d',
    });

    app.emit('activate');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(mainWindow().options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700, backgroundColor: '#1b1b1d' });
  });

  it('gives the shortcut back when the app quits', async () => {
    await ipcMain.invoke(APP_PAGE, 'settings.update', { patch: { clipShortcut: 'CommandOrControl+Shift+Y' } });
    expect(globalShortcut.registered()).toEqual(['CommandOrControl+Shift+Y']);
    app.quit();
    await vi.waitFor(() => expect(record.quit).toBe(true));
    expect(globalShortcut.registered()).toEqual([]);
  });
});
