import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { htmlWorkerBuild } from '../../scripts/html-worker-build.mjs';

/** Pasted HTML is read in a worker that loads a bundle: the tests build it from the current source first. */
export default async function setup(): Promise<void> {
  await build({ ...htmlWorkerBuild, absWorkingDir: fileURLToPath(new URL('../..', import.meta.url)), sourcemap: 'linked' });
}
