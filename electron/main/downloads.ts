import { app, BrowserWindow, dialog, ipcMain, shell, type MessageBoxOptions, type Session } from 'electron';
import { basename, dirname, join } from 'node:path';
import { type CoreService, saveDownloadTo } from '../core/index.js';
import type { DownloadSaved } from '../shared/models/download.js';
import { SAVE_DOWNLOAD_CHANNEL } from '../preload/channel.js';
import { saveDialogFilters, suggestedName } from './download-rules.js';

/**
 * Exports reach the user through the core's held files: the page asks, main shows the native save
 * dialog (starting in the folder last used), writes the file atomically and offers to show it.
 * The bytes never pass through the page, so a large library export streams straight to disk.
 */
export function handleSaveDownload(core: CoreService, isTrustedSender: (url: string) => boolean): void {
  let lastFolder = app.getPath('downloads');
  ipcMain.handle(SAVE_DOWNLOAD_CHANNEL, async (event, request: unknown): Promise<DownloadSaved> => {
    if (!isTrustedSender(event.senderFrame?.url ?? '')) throw new Error('Only the Cuttings window can save exports.');
    const { downloadId, fileName } = (request ?? {}) as { downloadId?: unknown; fileName?: unknown };
    if (typeof downloadId !== 'string' || typeof fileName !== 'string') throw new Error('The export to save was not named. Export again.');
    const owner = BrowserWindow.fromWebContents(event.sender);
    const name = suggestedName(fileName);
    const options = { title: 'Save Export', buttonLabel: 'Save', defaultPath: join(lastFolder, name), filters: saveDialogFilters(name) };
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    // A cancelled dialog leaves the file held until it expires, so exporting again is quick.
    if (choice.canceled || !choice.filePath) return { saved: false, path: null };
    const download = core.takeDownload(downloadId);
    if (!download) throw new Error('The export is no longer waiting to be saved (it is kept for ten minutes). Export it again.');
    const path = choice.filePath;
    try {
      await saveDownloadTo(download, path);
    } catch (err) {
      throw new Error(`Cuttings could not save “${basename(path)}”: ${(err as Error).message}. Choose another folder and export again.`, {
        cause: err,
      });
    }
    lastFolder = dirname(path);
    void offerToShow(owner, path);
    return { saved: true, path };
  });
}

/** Nothing in the app downloads through the browser engine, so any download is refused: a pasted page must never drop files on the disk. */
export function refuseBrowserDownloads(session: Session): void {
  session.on('will-download', (event) => event.preventDefault());
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
