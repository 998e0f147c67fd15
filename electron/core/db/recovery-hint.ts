import { backupFolder, listBackups } from './auto-backup.js';

const quote = (path: string) => (/^[\w./\\:-]+$/.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`);

/** The exact command that puts `backup` in place of the library (the refused file is kept in the Backups folder). */
export function restoreCommand(backup: string, libraryPath: string): string {
  return `cuttings restore ${quote(backup)} --library ${quote(libraryPath)}`;
}

/**
 * What to do about a damaged or foreign library, for the terminal: the newest backups beside it
 * and the command that restores the newest.
 */
export function recoveryHint(libraryPath: string, shown = 3): string {
  const backups = listBackups(libraryPath);
  if (!backups.length) {
    return [
      `There are no backups in ${backupFolder(libraryPath)}.`,
      'If you have a copy elsewhere, restore it with (the file there now is kept in the Backups folder):',
      `  ${restoreCommand('FILE', libraryPath)}`,
    ].join('\n');
  }
  return [
    `Newest backups beside it (${backupFolder(libraryPath)}):`,
    ...backups.slice(0, shown).map((b) => `  ${b.createdAt.slice(0, 16).replace('T', ' ')} UTC  ${b.path}`),
    'To restore the newest (the file there now is kept in the Backups folder, not overwritten):',
    `  ${restoreCommand(backups[0]!.path, libraryPath)}`,
  ].join('\n');
}
