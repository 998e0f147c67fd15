import { BrowserWindow } from 'electron';
import { APP_ICON } from './app-icon.js';
import { rememberedPlacement, rememberWindow } from './remember-window.js';

/** The app's one window: sandboxed, isolated, opened where it was last closed. */
export function createMainWindow(preloadScript: string, url: string): BrowserWindow {
  const placement = rememberedPlacement();
  const win = new BrowserWindow({
    ...placement.options,
    title: 'Cuttings',
    ...(process.platform === 'linux' ? { icon: APP_ICON } : {}),
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
  rememberWindow(win, placement.remembered);
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(url);
  return win;
}
