import { app, nativeTheme, screen, type BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';
import { readWindowState, restorableBounds, WINDOW_STATE_FILE, writeWindowState, type WindowState } from './window-state.js';

/** --bg-window in renderer/src/app.css, light and dark: the colour the window shows before the page paints. */
const LIGHT_BACKGROUND = '#ffffff';
const DARK_BACKGROUND = '#1b1b1d';
const DEFAULT_SIZE = { width: 1280, height: 820 };
const MINIMUM_SIZE = { width: 760, height: 480 };
const SAVE_DELAY_MS = 500;

const stateFile = () => join(app.getPath('userData'), WINDOW_STATE_FILE);

export interface WindowPlacement {
  options: Pick<BrowserWindowConstructorOptions, 'x' | 'y' | 'width' | 'height' | 'minWidth' | 'minHeight' | 'backgroundColor'>;
  maximized: boolean;
  remembered: WindowState | null;
}

/** Where the window opens: as it was last closed when that is still on a display, else at the default size. */
export function rememberedPlacement(): WindowPlacement {
  const remembered = readWindowState(stateFile());
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = remembered && restorableBounds(remembered.bounds, workAreas, MINIMUM_SIZE);
  return {
    options: {
      ...(bounds ?? DEFAULT_SIZE),
      minWidth: MINIMUM_SIZE.width,
      minHeight: MINIMUM_SIZE.height,
      backgroundColor: remembered?.background ?? (nativeTheme.shouldUseDarkColors ? DARK_BACKGROUND : LIGHT_BACKGROUND),
    },
    maximized: remembered?.maximized ?? false,
    remembered,
  };
}

/**
 * Keeps the window's size, place and maximised state, and its background in step with the
 * page's theme (the page announces it as its theme-color), so the next start opens the same
 * way without a flash of the wrong colour.
 */
export function rememberWindow(win: BrowserWindow, remembered: WindowState | null): void {
  let state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized(), background: remembered?.background };
  let timer: NodeJS.Timeout | undefined;

  const capture = () => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    state = { ...state, bounds: win.getNormalBounds(), maximized: win.isMaximized() };
  };
  const save = () => {
    clearTimeout(timer);
    try {
      writeWindowState(stateFile(), state);
    } catch {
      // Losing the window's place is not worth interrupting the user for; it opens at the default next time.
    }
  };
  const saveSoon = () => {
    capture();
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };

  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', () => {
    capture();
    save();
  });
  win.webContents.on('did-change-theme-color', (_event, color) => {
    if (!color || !/^#[0-9a-f]{6}$/i.test(color)) return;
    win.setBackgroundColor(color);
    state = { ...state, background: color.toLowerCase() };
    saveSoon();
  });
}
