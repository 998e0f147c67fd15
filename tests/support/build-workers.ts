import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { workerBuild } from '../../scripts/worker-build.mjs';

/** Pasted HTML and library updates run in workers that load bundles: the tests build them from the current source first. */
export default async function setup(): Promise<void> {
  await build({ ...workerBuild, absWorkingDir: fileURLToPath(new URL('../..', import.meta.url)), sourcemap: 'linked' });
}
