import { app, BrowserWindow, Menu } from 'electron';
import { APP_ICON } from './app-icon.js';
import { deliverCommand } from './deliver-command.js';
import { clipClipboard, type ClipShortcutHooks } from './global-clip-shortcut.js';
import { menuTemplate } from './menu-template.js';

/** `mainWindow` returns the app's window, opening one if there is none; `clipboardHooks` serve Paste as Clip. */
export function installAppMenu(mainWindow: () => BrowserWindow, clipboardHooks: ClipShortcutHooks): void {
  app.setAboutPanelOptions({
    applicationName: app.name,
    applicationVersion: app.getVersion(),
    copyright: 'Copyright © 2026 the Cuttings authors',
    ...(process.platform === 'darwin' ? {} : { iconPath: APP_ICON }),
  });
  const template = menuTemplate({
    platform: process.platform,
    appName: app.name,
    developer: !app.isPackaged,
    send: (command, target) => {
      if (command.name === 'paste-clip') void clipClipboard(clipboardHooks);
      else deliverCommand(target instanceof BrowserWindow ? target : mainWindow(), command);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
