import { app, BrowserWindow, Menu } from 'electron';
import { deliverCommand } from './deliver-command.js';
import { menuTemplate } from './menu-template.js';

/** `mainWindow` returns the app's window, opening one if there is none. */
export function installAppMenu(mainWindow: () => BrowserWindow): void {
  const template = menuTemplate({
    platform: process.platform,
    appName: app.name,
    developer: !app.isPackaged,
    send: (command, target) => deliverCommand(target instanceof BrowserWindow ? target : mainWindow(), command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
