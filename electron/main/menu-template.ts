import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { AppCommand, AppCommandName } from '../shared/models/app-commands.js';
import { menuAccelerator, windowKeys } from '../shared/models/app-shortcuts.js';

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and DevTools, for unpackaged builds only. */
  developer: boolean;
  /** Delivers a command to the window the menu was used from (none on macOS with every window closed). */
  send(command: AppCommand, window: BaseWindow | undefined): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu, as data: a pure function of the platform so its conventions are
 * unit-tested (macOS puts About, Settings and Quit in the app menu; Windows and Linux keep
 * Settings under Edit and Quit under File). App actions are sent to the renderer as commands;
 * text editing, zoom and window handling use Electron's roles.
 */
export function menuTemplate({ platform, appName, developer, send }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // Keys come from the app's one shortcut table, which the renderer also reads to leave them to the menu.
  const command = (label: string, name: AppCommandName): MenuItemConstructorOptions => {
    const accelerator = menuAccelerator(name);
    return { label, ...(accelerator ? { accelerator } : {}), click: (_item, window) => send({ name }, window) };
  };
  const settings = command('Settings…', 'settings');
  // The window answers these keys; the menu shows them and leaves them there.
  const listCommand = (label: string, name: AppCommandName): MenuItemConstructorOptions => {
    const keys = windowKeys(name);
    return { label, ...(keys ? { accelerator: keys, registerAccelerator: false } : {}), click: (_item, window) => send({ name }, window) };
  };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      command('New Clip', 'new-clip'),
      command('Paste as Clip', 'paste-clip'),
      separator,
      command('Import…', 'import'),
      command('Export Dossier…', 'export-dossier'),
      separator,
      command('Compare Selected Clips', 'compare'),
      command('Backups…', 'backups'),
      separator,
      command('Open Team Library…', 'open-team-library'),
      command('Send to Team Library', 'send-to-team'),
      separator,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  // Undo is the app's command, not the text role: the renderer undoes typing when a text field
  // has focus and the last library action (a tag, a move, a deletion) otherwise.
  const editMenu: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      command('Undo', 'undo'),
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      separator,
      command('Find…', 'find'),
      ...(mac ? [] : [separator, settings]),
    ],
  };

  const clipMenu: MenuItemConstructorOptions = {
    label: mac ? 'Clip' : '&Clip',
    submenu: [
      listCommand('Tag…', 'tag'),
      listCommand('Add to Collection…', 'add-to-collection'),
      separator,
      listCommand('Copy Citation', 'copy-citation'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      ...(developer ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: mac ? 'Window' : '&Window',
    ...(mac ? { role: 'window' as const } : {}),
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: mac ? 'Help' : '&Help',
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [
      command('Keyboard Shortcuts', 'show-shortcuts'),
      ...(mac ? [] : [separator, { role: 'about' as const, label: `About ${appName}` }]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, clipMenu, viewMenu, windowMenu, helpMenu];
}
