import { app, BrowserWindow, dialog, shell, type MessageBoxOptions, type Session } from 'electron';
import { basename, dirname, join } from 'node:path';
import { isAppDownload, saveDialogFilters, suggestedName } from './download-rules.js';

/**
 * Exports reach the user as downloads (in browser mode the browser saves them). In the app each
 * one asks where to save with the native dialog, starting in the folder last used, and says when
 * the file is there, offering to show it.
 */
export function handleDownloads(session: Session, appOrigin: string): void {
  let lastFolder = app.getPath('downloads');

  session.on('will-download', (event, item, contents) => {
    if (!isAppDownload(item.getURL(), contents?.getURL() ?? '', appOrigin)) {
      event.preventDefault();
      return;
    }
    const name = suggestedName(item.getFilename());
    item.setSaveDialogOptions({
      title: 'Save Export',
      buttonLabel: 'Save',
      defaultPath: join(lastFolder, name),
      filters: saveDialogFilters(name),
    });
    const owner = contents ? BrowserWindow.fromWebContents(contents) : null;
    item.once('done', (_event, state) => {
      const path = item.getSavePath();
      if (state === 'completed') {
        lastFolder = dirname(path);
        void offerToShow(owner, path);
      } else if (state === 'interrupted') {
        void showMessage(owner, {
          type: 'error',
          message: `Cuttings could not save “${basename(path) || name}”`,
          detail: 'The file could not be written there (the disk may be full, or the folder read-only). Export again and choose another folder.',
        });
      }
    });
  });
}

async function offerToShow(owner: BrowserWindow | null, path: string): Promise<void> {
  const { response } = await showMessage(owner, {
    type: 'info',
    message: `Saved “${basename(path)}”`,
    detail: dirname(path),
    buttons: [process.platform === 'darwin' ? 'Show in Finder' : 'Show in Folder', 'OK'],
    defaultId: 1,
    cancelId: 1,
  });
  if (response === 0) shell.showItemInFolder(path);
}

function showMessage(owner: BrowserWindow | null, options: MessageBoxOptions) {
  return owner && !owner.isDestroyed() ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options);
}
