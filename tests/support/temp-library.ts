import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder for a real library file; `remove()` deletes it with everything in it. */
export function tempLibrary(prefix = 'cuttings-test-'): { dir: string; path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, path: join(dir, 'library.cuttings.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
