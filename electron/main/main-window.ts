import { BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { rememberedPlacement, rememberWindow } from './remember-window.js';

// Linux takes the window's icon from here (macOS and Windows from the app bundle); dist/main/ → resources/.
const linuxIcon = fileURLToPath(new URL('../../resources/icons/256x256.png', import.meta.url));

/** The app's one window: sandboxed, isolated, opened where it was last closed. */
export function createMainWindow(preloadScript: string, url: string): BrowserWindow {
  const placement = rememberedPlacement();
  const win = new BrowserWindow({
    ...placement.options,
    title: 'Cuttings',
    ...(process.platform === 'linux' ? { icon: linuxIcon } : {}),
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
