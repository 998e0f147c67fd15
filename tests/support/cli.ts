import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built CLI, as users run it; tests that spawn it need `npm run build` first (npm test does). */
export const CLI = join(import.meta.dirname, '../../bin/cuttings.js');

export function assertCliBuilt(): void {
  if (!existsSync(join(import.meta.dirname, '../../dist/cli/cuttings.js'))) {
    throw new Error('The CLI is not built: run `npm run build` (npm test does it first).');
  }
}

/** Runs the CLI as a user does, on `library`, and gives back its exit code and what it printed. */
export function cuttings(library: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args, '--library', library], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
