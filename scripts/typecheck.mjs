// `npm run typecheck`: the layer rule, ESLint, Prettier, tsc for each environment and svelte-check.
// They are independent and each uses one core, so they run side by side, as many at a time as the
// machine has cores, longest first; each one's output is printed whole when it ends, so outputs
// never interleave, and the run fails when any of them fails.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The tools' own commands, as npm puts them on the PATH, also when this script is run directly.
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };

// Each tool keeps what it learnt of unchanged files under node_modules/.cache (outside git, gone
// with a fresh install), so a run after a small change rechecks little. By content, not by date:
// a checkout or a merge touches files without changing them.
const cache = (name) => join('node_modules', '.cache', 'typecheck', name);
const tsc = (project, name) => `tsc -p ${project} --incremental --tsBuildInfoFile ${cache(`${name}.tsbuildinfo`)}`;

/**
 * Each check as [name, command line]: the layer rule (instant) first, then the longest first;
 * svelte-check keeps no cache, so it is the longest once the others have theirs.
 */
const CHECKS = [
  ['layers', 'node scripts/check-layers.mjs'],
  ['svelte-check', 'svelte-check --tsconfig renderer/tsconfig.json --fail-on-warnings'],
  ['eslint', `eslint . --cache --cache-strategy content --cache-location ${cache('eslint')}`],
  ['tsc node', tsc('electron/tsconfig.node.json', 'node')],
  ['prettier', `prettier --check . --cache --cache-strategy content --cache-location ${cache('prettier')}`],
  ['tsc main', tsc('electron/main', 'main')],
  ['tsc shared', tsc('electron/shared', 'shared')],
  ['tsc extension', tsc('extension', 'extension')],
];

function run([name, command]) {
  const started = Date.now();
  return new Promise((resolve) => {
    // Through the shell, which finds node_modules/.bin's scripts (.cmd on Windows) on every platform.
    const child = spawn(command, { cwd: root, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${code === 0 ? '✓' : '✗'} ${name} (${command}, ${seconds} s)\n${output}`);
      resolve(code === 0);
    });
  });
}

const queue = [...CHECKS];
const slots = Math.max(1, Math.min(availableParallelism(), queue.length));
const results = await Promise.all(
  Array.from({ length: slots }, async () => {
    let ok = true;
    for (let check = queue.shift(); check; check = queue.shift()) ok = (await run(check)) && ok;
    return ok;
  }),
);
if (results.includes(false)) {
  console.error('typecheck: some checks failed (their output is above).');
  process.exit(1);
}
