import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Finds a file by walking up from this module: the same code runs from electron/core/dossier in
 * tests, from dist/cli when bundled, and from inside the packaged app, and the file sits at the
 * project root (resources/, node_modules/) in all three.
 */
export function findUp(relativePath: string): string {
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`Cuttings is missing ${relativePath}; reinstall it (npm install) to restore the dossier resources.`);
}

const cache = new Map<string, string>();

/** Reads a resource once per process: the template, stylesheet and Paged.js do not change while running. */
export function readResource(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = readFileSync(findUp(relativePath), 'utf8');
    cache.set(relativePath, text);
  }
  return text;
}
