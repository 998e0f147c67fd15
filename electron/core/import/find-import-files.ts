import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isImportable } from '../../shared/models/file-import.js';

/** A folder another tool exported as a whole (Omnivore's, unpacked): imported as one export, not file by file. */
const isExportFolder = (names: readonly string[]) => names.some((n) => /^metadata_\d+_to_\d+\.json$/.test(n));

/** Zotero's RDF export: the .rdf beside the files/ folder it names; the snapshots in there are read through it. */
const zoteroRdfs = (names: readonly string[]) => names.filter((n) => /\.rdf$/i.test(n));

export interface FoundImportFiles {
  /** Files, and export folders, in a stable order. */
  files: string[];
  missing: string[];
  /** For each file found in a chosen folder, the folders between that folder and it: a notebook export's notebooks. */
  folders: Map<string, string[]>;
}

/** Files to import under the given paths, folders searched recursively, in a stable order. */
export function findImportFiles(paths: readonly string[]): FoundImportFiles {
  const files: string[] = [];
  const missing: string[] = [];
  const folders = new Map<string, string[]>();
  const walk = (path: string, under: string[]) => {
    const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const names = entries.filter((e) => e.isFile()).map((e) => e.name);
    if (isExportFolder(names)) {
      files.push(path);
      return;
    }
    const rdfs = zoteroRdfs(names);
    if (rdfs.length) {
      files.push(...rdfs.map((n) => join(path, n)));
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(path, e.name);
      if (e.isDirectory()) walk(full, [...under, e.name]);
      else if (e.isFile() && isImportable(e.name)) {
        files.push(full);
        if (under.length) folders.set(full, under);
      }
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(p, []);
    else files.push(p);
  }
  return { files, missing, folders };
}
