import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** A folder a sync service keeps in step with other machines, and the service. */
export interface SyncedFolder {
  service: string;
  folder: string;
}

/** Folder names the services give their roots, as they appear on Linux, macOS and Windows. */
const NAMED: readonly [RegExp, string][] = [
  [/^Dropbox( \(.+\))?$/i, 'Dropbox'],
  [/^OneDrive( - .+)?$/i, 'OneDrive'],
  [/^iCloud Drive$|^com~apple~CloudDocs$/i, 'iCloud Drive'],
  [/^Google Drive$|^GoogleDrive(-.+)?$|^My Drive$/i, 'Google Drive'],
  [/^Sync$/, 'Syncthing'],
];

/** Files the services leave at a synced folder's root. */
const MARKERS: readonly [string, string][] = [
  ['.dropbox', 'Dropbox'],
  ['.dropbox.cache', 'Dropbox'],
  ['.stfolder', 'Syncthing'],
  ['.tmp.drivedownload', 'Google Drive'],
];

/**
 * The synced folder the library lives in, or null. Such services copy a file while SQLite is
 * writing it and its WAL, and a copy taken half-way, or synced back from another machine,
 * damages the library; the user is warned and offered the move to a folder of their own.
 */
export function syncedFolderOf(libraryPath: string): SyncedFolder | null {
  for (let folder = dirname(resolve(libraryPath)); ; folder = dirname(folder)) {
    const named = NAMED.find(([pattern]) => pattern.test(basename(folder)));
    if (named) return { service: named[1], folder };
    const marker = MARKERS.find(([name]) => existsSync(`${folder}/${name}`));
    if (marker) return { service: marker[1], folder };
    if (dirname(folder) === folder) return null;
  }
}

/** What to tell the user, and what to do about it. */
export function syncedFolderWarning(synced: SyncedFolder): string {
  return `The library is in a folder that ${synced.service} keeps in sync (${synced.folder}). Syncing a library while Cuttings writes to it can damage it: move it to a folder of your own (Library & backups ▸ Move).`;
}
