import { readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ImportFileResult } from '../../shared/models/file-import.js';
import type { ArchiveFiles } from './formats/archive-files.js';
import type { ExportedFile } from './formats/zotero-rdf.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { describeWriteError } from '../db/disk-full.js';
import { saveImportItem } from './save-import-item.js';
import { readArchiveExport, readImportFile } from './read-import-file.js';
import { readImportBytes } from './paste-from-file.js';
import type { ImportItem } from './import-item.js';
import { importExportFile, isLibraryExportFile } from '../transfer/import-export-file.js';
import type { LibraryImportSummary } from '../transfer/import-library.js';

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** The folders between the chosen folder and each file found in it (from findImportFiles). */
  folders?: ReadonlyMap<string, readonly string[]>;
  /** False keeps each PDF of several articles as one clip. */
  pdfSplit?: boolean;
}

export interface ImportSummary {
  added: number;
  /** Exact duplicates of clips already in the library: not added again. */
  duplicates: { file: string; of: number }[];
  /** Near-duplicates, saved as new versions of the clip they resemble. */
  versions: { file: string; id: number; of: number; similarity: number }[];
  failed: { file: string; reason: string }[];
  /** What could not be kept of saved clips' metadata, such as highlights whose words are not in the text. */
  warnings: { file: string; warning: string }[];
  /** Files that held several articles or notes, each saved as a clip of its own. */
  parts: { file: string; count: number }[];
  /** Cuttings export files read whole into the library (their new clips are counted in `added`). */
  exports: { file: string; summary: LibraryImportSummary }[];
  cancelled: boolean;
}

/**
 * Imports files one by one, each in its own transaction, so a bad file never spoils the batch
 * and a crash or cancel keeps everything imported so far.
 */
export async function importFiles(db: LibraryDatabase, files: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const summary: ImportSummary = {
    added: 0,
    duplicates: [],
    versions: [],
    failed: [],
    warnings: [],
    parts: [],
    exports: [],
    cancelled: false,
  };
  for (let i = 0; i < files.length; i++) {
    if (options.signal?.aborted) {
      summary.cancelled = true;
      break;
    }
    const file = files[i]!;
    options.onProgress?.({ done: i, total: files.length, file });
    if (!isFolder(file) && isLibraryExportFile(file)) {
      try {
        const imported = await importExportFile(db, file, {
          signal: options.signal,
          onProgress: (p) => options.onProgress?.({ done: p.done, total: p.total, file }),
        });
        summary.exports.push({ file, summary: imported });
        summary.added += imported.clips.added;
        if (imported.cancelled) {
          summary.cancelled = true;
          break;
        }
      } catch (err) {
        summary.failed.push({ file, reason: describeWriteError(err, 'the import of this file', 'the library') });
      }
      continue;
    }
    let items: ImportItem[];
    try {
      items = isFolder(file)
        ? await readArchiveExport(file, readFolderFiles(file))
        : await readImportFile(file, readImportBytes(file), {
            folders: options.folders?.get(file),
            pdfSplit: options.pdfSplit,
            exported: filesBeside(file),
          });
    } catch (err) {
      summary.failed.push({ file, reason: (err as Error).message });
      continue;
    }
    if (items.length > 1) summary.parts.push({ file, count: items.length });
    for (const item of items) {
      // A library exported whole is one file of thousands of items: the bar names each as it is
      // saved, and a cancel stops between two of them, keeping those saved.
      if (options.signal?.aborted) break;
      if (items.length > 1) options.onProgress?.({ done: i, total: files.length, file: item.name });
      recordResult(summary, item.name, await saveImportItem(db, item));
    }
    if (options.signal?.aborted) {
      summary.cancelled = true;
      break;
    }
    // Let a cancel (Ctrl+C) and progress redraws in between files.
    await new Promise((resolve) => setImmediate(resolve));
  }
  options.onProgress?.({ done: summary.cancelled ? summary.added : files.length, total: files.length, file: '' });
  return summary;
}

/**
 * The files an export names by their path from it (Zotero's `files/12/page.html`), read from its
 * folder; a path that leads outside that folder is not followed.
 */
function filesBeside(file: string): ExportedFile {
  const folder = dirname(resolve(file));
  return (path) => {
    const full = resolve(folder, path);
    const inside = relative(folder, full);
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) return undefined;
    return statSync(full, { throwIfNoEntry: false })?.isFile() ? readImportBytes(full) : undefined;
  };
}

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

/** Every file under an export folder, by its path inside it, each checked for size as an imported file is. */
function readFolderFiles(folder: string): ArchiveFiles {
  const files: ArchiveFiles = new Map();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(relative(folder, full).split(sep).join('/'), readImportBytes(full));
  }
  return files;
}

function recordResult(summary: ImportSummary, file: string, result: ImportFileResult): void {
  for (const warning of result.warnings ?? []) summary.warnings.push({ file, warning });
  switch (result.outcome) {
    case 'failed':
      summary.failed.push({ file, reason: result.reason });
      return;
    case 'duplicate':
      summary.duplicates.push({ file, of: result.of });
      return;
    case 'version':
      summary.versions.push({ file, id: result.id, of: result.of, similarity: result.similarity });
      break;
  }
  summary.added++;
}
