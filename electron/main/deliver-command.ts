import type { BrowserWindow } from 'electron';
import { COMMAND_CHANNEL, type AppCommand } from '../shared/models/app-commands.js';

/**
 * Brings the window forward and hands it a command. A window still loading gets it once its
 * page has run, so a command that opened the window (macOS, all windows closed) is not lost.
 */
export function deliverCommand(win: BrowserWindow, command: AppCommand): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  const contents = win.webContents;
  if (contents.isLoadingMainFrame()) contents.once('did-finish-load', () => contents.send(COMMAND_CHANNEL, command));
  else contents.send(COMMAND_CHANNEL, command);
}
