import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The file of a worker thread's bundle (`clipper/paste-worker`), or null when this build has none.
 * The build puts each worker beside the CLI and main bundles (`dist/<entry>.js`); run from source
 * (the tests), a module finds the one the build made. `from` is the asking module's `import.meta.url`.
 */
export function workerBundle(entry: string, from: string): string | null {
  for (const candidate of [`../${entry}.js`, `../../../dist/${entry}.js`]) {
    const path = fileURLToPath(new URL(candidate, from));
    if (existsSync(path)) return path;
  }
  return null;
}
