import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isImportable } from '../../shared/models/file-import.js';

/** Files to import under the given paths, folders searched recursively, in a stable order. */
export function findImportFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (path: string) => {
    const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(path, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && isImportable(e.name)) files.push(full);
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
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}
