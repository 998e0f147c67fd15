/**
 * A file name from a dossier's title: characters no file system accepts become spaces, so
 * "Brief: Ukraine/Russia" is saved as "Brief Ukraine Russia.pdf".
 */
export function dossierFileName(title: string): string {
  const name = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return `${name.slice(0, 120).trim() || 'Dossier'}.pdf`;
}

/**
 * The folder the library file is in, with its separator. The core writes the PDF on its own
 * machine and resolves a relative path against its working folder, which the user cannot see:
 * an absolute default beside the library is a place they can find.
 */
export function folderOf(libraryPath: string): string {
  const cut = Math.max(libraryPath.lastIndexOf('/'), libraryPath.lastIndexOf('\\'));
  return libraryPath.slice(0, cut + 1);
}

/** True for /home/…, C:\… and \\server\… paths. */
export function isAbsolutePath(path: string): boolean {
  return /^(\/|[a-z]:[\\/]|\\\\)/i.test(path.trim());
}
