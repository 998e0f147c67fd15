import { app, BrowserWindow, dialog } from 'electron';
import { fileURLToPath } from 'node:url';
import { createCoreService, type CoreService } from '../core/core-service.js';
import { resolveLibraryPath } from '../core/library-location.js';
import { recoverLibrary } from './library-recovery.js';
import { registerIpcBridge } from './ipc-bridge.js';
import { hardenSessions } from './security.js';
import { isAppPage } from './security-policy.js';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol.js';
import { createElectronPdfRenderer } from './electron-pdf-renderer.js';
import { usePdfRenderer } from '../core/dossier/renderer-choice.js';

// dist/main/main.js → dist/renderer/ and dist/preload/preload.cjs
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadScript = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));
const rendererUrl = `${APP_ORIGIN}/index.html`;

registerAppScheme();

let core: CoreService | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 480,
    title: 'Cuttings',
    show: false,
    webPreferences: {
      preload: preloadScript,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl);
  return win;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(async () => {
    hardenSessions();
    serveRenderer(rendererDir);
    // Inside the app, dossiers print with Electron's own Chromium instead of a system one.
    usePdfRenderer(createElectronPdfRenderer());
    const userDataFolder = app.getPath('userData');
    const libraryPath = resolveLibraryPath(undefined, process.env, userDataFolder);
    try {
      core = createCoreService(libraryPath, { userDataFolder });
    } catch (err) {
      core = await recoverLibrary(libraryPath, err, { userDataFolder });
      if (!core) {
        app.exit(1);
        return;
      }
    }
    void core.dailyBackup().catch((err: Error) => dialog.showErrorBox('Cuttings could not back up your library', err.message));
    registerIpcBridge(core, (url) => isAppPage(url, APP_ORIGIN));
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // On quit: the day's backup if none was taken yet, then close the library.
  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting || !core) return;
    quitting = true;
    event.preventDefault();
    const service = core;
    void service
      .dailyBackup()
      .catch(() => null)
      .finally(() => {
        service.close();
        app.quit();
      });
  });
}
