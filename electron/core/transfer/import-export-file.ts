import { openSync, readSync, closeSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { LibraryDatabase } from '../db/library-database.js';
import { importLibraryExport, type LibraryImportOptions, type LibraryImportSummary } from './import-library.js';
import { looksLikeLibraryExport, openLibraryExportFile } from './read-library-export.js';

/** A .json file, or any file whose opening says it is a Cuttings export: the format is told by content. */
export function isLibraryExportFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2_000);
    const read = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, read).toString('utf8');
    // Other tools' JSON exports (wallabag, CSL JSON) are arrays; a Cuttings export is an object.
    if (extname(path).toLowerCase() === '.json') return !/^\s*\[/.test(text);
    return looksLikeLibraryExport(text);
  } finally {
    closeSync(fd);
  }
}

export function importExportFile(db: LibraryDatabase, path: string, options: LibraryImportOptions = {}): Promise<LibraryImportSummary> {
  return importLibraryExport(db, openLibraryExportFile(path, basename(path)), options);
}
