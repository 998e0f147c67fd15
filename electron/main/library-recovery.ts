import { dialog } from 'electron';
import {
  createCoreService,
  type CoreOptions,
  type CoreService,
  backupFolder,
  listBackups,
  restoreLibrary,
  LibraryRefusedError,
} from '../core/index.js';

const RESTORE_NEWEST = 0;
const CHOOSE = 1;
const QUIT = 2;

/**
 * Called when the library will not open. A damaged or foreign file can be replaced by a backup:
 * restoring moves it into the Backups folder under a "before-restore" name, so it is never
 * overwritten. Resolves with the opened core, or null when the user quits (or nothing can help).
 */
export async function recoverLibrary(libraryPath: string, error: unknown, options: CoreOptions): Promise<CoreService | null> {
  if (!(error instanceof LibraryRefusedError) || error.reason === 'newer') {
    dialog.showErrorBox('Cuttings cannot open your library', (error as Error).message);
    return null;
  }
  let problem = error.message;
  for (;;) {
    const newest = listBackups(libraryPath)[0];
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'Cuttings',
      message: 'Cuttings cannot open your library',
      detail: [
        problem,
        newest
          ? `The newest backup is from ${new Date(newest.createdAt).toLocaleString()}.`
          : `There are no backups in ${backupFolder(libraryPath)}; choose a copy kept elsewhere.`,
        'Restoring keeps the file that is there now in the Backups folder; nothing is overwritten.',
      ].join('\n\n'),
      buttons: ['Restore from the newest backup…', 'Choose a backup…', 'Quit'],
      defaultId: newest ? RESTORE_NEWEST : CHOOSE,
      cancelId: QUIT,
      noLink: true,
    });
    if (response === QUIT) return null;
    const source = response === RESTORE_NEWEST ? await confirmNewest(newest) : await chooseBackup(libraryPath);
    if (!source) continue;
    try {
      restoreLibrary(source, libraryPath, options);
      return createCoreService(libraryPath, options);
    } catch (err) {
      problem = `That backup could not be restored: ${(err as Error).message}`;
    }
  }
}

async function confirmNewest(newest: { path: string; createdAt: string } | undefined): Promise<string | null> {
  if (!newest) {
    await dialog.showMessageBox({
      type: 'info',
      message: 'There is no backup yet',
      detail: 'Choose a copy of your library kept elsewhere.',
      buttons: ['OK'],
    });
    return null;
  }
  const { response } = await dialog.showMessageBox({
    type: 'question',
    message: `Restore the backup of ${new Date(newest.createdAt).toLocaleString()}?`,
    detail: `${newest.path}\n\nClips added after it was taken are not in it; they stay in the damaged file, which is kept in the Backups folder.`,
    buttons: ['Restore', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
  });
  return response === 0 ? newest.path : null;
}

async function chooseBackup(libraryPath: string): Promise<string | null> {
  const { canceled, filePaths } = await dialog.showOpenDialog({
    title: 'Choose a backup of your library',
    defaultPath: backupFolder(libraryPath),
    buttonLabel: 'Restore',
    properties: ['openFile'],
    filters: [
      { name: 'Cuttings libraries and backups', extensions: ['db'] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  return canceled ? null : (filePaths[0] ?? null);
}
