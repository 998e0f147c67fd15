import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built CLI, as users run it; tests that spawn it need `npm run build` first (npm test does). */
export const CLI = join(import.meta.dirname, '../../bin/cuttings.js');

export function assertCliBuilt(): void {
  if (!existsSync(join(import.meta.dirname, '../../dist/cli/cuttings.js'))) {
    throw new Error('The CLI is not built: run `npm run build` (npm test does it first).');
  }
}
