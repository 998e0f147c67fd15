import { app, BrowserWindow, dialog, session } from 'electron';
import { fileURLToPath } from 'node:url';
import {
  createCoreService,
  nativeBindingPath,
  needsUpdate,
  resolveLibraryPath,
  updateLibraryApart,
  warmPasteReading,
  type CoreService,
} from '../core/index.js';
import { whileUpdating } from './library-update-window.js';
import { recoverLibrary } from './library-recovery.js';
import { registerIpcBridge } from './ipc-bridge.js';
import { hardenSessions } from './security.js';
import { isAppPage } from './security-policy.js';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol.js';
import { createElectronPdfRenderer } from './electron-pdf-renderer.js';
import { createMainWindow } from './main-window.js';
import { installAppMenu } from './app-menu.js';
import { deliverCommand } from './deliver-command.js';
import { createGlobalClipShortcut, type ClipShortcutHooks } from './global-clip-shortcut.js';
import { handleSaveDownload, refuseBrowserDownloads } from './downloads.js';
import { listenForBrowserClips } from './browser-clipper-window.js';

// dist/main/main.js → dist/renderer/ and dist/preload/preload.cjs
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadScript = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));
const rendererUrl = `${APP_ORIGIN}/index.html`;

registerAppScheme();
// Under Wayland an app may not grab keys itself; the desktop's GlobalShortcuts portal holds the clip shortcut.
if (process.platform === 'linux') app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal');
// A profile of its own (window place, single-instance lock) for the Electron specs, so they
// neither touch nor are stopped by the user's running Cuttings.
if (process.env.CUTTINGS_USER_DATA) app.setPath('userData', process.env.CUTTINGS_USER_DATA);

/** How long after the window comes to the front the paste reading is warmed. */
const WARM_UP_DELAY_MS = 1_500;

let core: CoreService | null = null;
let mainWindow: BrowserWindow | null = null;

/** The app's window, opened again if it was closed (macOS keeps running without one). */
function showMainWindow(): BrowserWindow {
  if (!mainWindow || mainWindow.isDestroyed()) {
    const win = createMainWindow(preloadScript, rendererUrl);
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
  }
  return mainWindow;
}

/** A message over the window once it shows; `offerSettings` adds a button that opens Settings. */
async function tellUser(message: string, detail: string, offerSettings: boolean): Promise<void> {
  const win = showMainWindow();
  if (!win.isVisible()) await new Promise<void>((resolve) => win.once('show', () => resolve()));
  const buttons = offerSettings ? ['Open Settings', 'OK'] : ['OK'];
  const close = buttons.length - 1;
  const { response } = await dialog.showMessageBox(win, { type: 'warning', message, detail, buttons, defaultId: close, cancelId: close });
  if (offerSettings && response === 0) deliverCommand(win, { name: 'settings' });
}

/**
 * A library made by an older Cuttings is updated before it opens, with a window showing how far
 * it has got. Should the update fail, the library is as it was and the ordinary open below meets
 * the same fault, which it explains and offers a way out of.
 */
async function updateOlderLibrary(libraryPath: string, nativeBinding: string | undefined): Promise<void> {
  const binding = { nativeBinding };
  if (!needsUpdate(libraryPath, binding)) return;
  await whileUpdating((onProgress) => updateLibraryApart(libraryPath, binding, onProgress)).catch(() => undefined);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = showMainWindow();
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  void app.whenReady().then(async () => {
    hardenSessions();
    serveRenderer(rendererDir);
    refuseBrowserDownloads(session.defaultSession);
    const userDataFolder = app.getPath('userData');
    // Inside the app, dossiers print with Electron's own Chromium instead of a system one.
    // SQLite's native code is the build for Electron, not the Node build in node_modules.
    const coreOptions = { userDataFolder, pdfRenderer: createElectronPdfRenderer(), nativeBinding: nativeBindingPath(app.getAppPath()) };
    const libraryPath = resolveLibraryPath(undefined, process.env, userDataFolder);
    await updateOlderLibrary(libraryPath, coreOptions.nativeBinding);
    try {
      core = createCoreService(libraryPath, coreOptions);
    } catch (err) {
      core = await recoverLibrary(libraryPath, err, coreOptions);
      if (!core) {
        app.exit(1);
        return;
      }
    }
    const started = core;
    // The Trash is emptied after the day's backup, which may still want what it holds.
    const trashFailed = (err: Error) => dialog.showErrorBox('Cuttings could not empty the Trash', err.message);
    void started
      .dailyBackup()
      .catch((err: Error) => dialog.showErrorBox('Cuttings could not back up your library', err.message))
      .then(() => started.scheduleTrashEmptying(trashFailed))
      .catch(trashFailed);

    const clipboardHooks: ClipShortcutHooks = {
      deliver: (command) => deliverCommand(showMainWindow(), command),
      tell: (message, detail, offerSettings) => void tellUser(message, detail, offerSettings),
    };
    const clipShortcut = createGlobalClipShortcut(clipboardHooks);
    const fromAppWindow = (url: string) => isAppPage(url, APP_ORIGIN);
    handleSaveDownload(core, fromAppWindow);
    registerIpcBridge(core, fromAppWindow);
    // Settings changed from any transport, or brought by a restored or moved library.
    core.subscribe((event) => {
      if (event.type === 'settings.changed') clipShortcut.apply(event.settings.clipShortcut);
    });
    installAppMenu(showMainWindow, clipboardHooks);
    // People come back to Cuttings mostly to paste what they have just copied elsewhere. The
    // warm-up waits a moment, so the window's own first requests are answered before it.
    app.on('browser-window-focus', () => setTimeout(() => void warmPasteReading(), WARM_UP_DELAY_MS));
    showMainWindow();
    const stopBrowserClips = await listenForBrowserClips(core, showMainWindow);
    app.on('will-quit', () => void stopBrowserClips());
    app.on('activate', () => showMainWindow());
    app.on('will-quit', () => clipShortcut.dispose());
    clipShortcut.apply((await core.handlers['settings.get']({})).clipShortcut);
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
