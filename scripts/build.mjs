// Builds everything the app, the CLI and the tests run: the Node bundles with esbuild (CLI and
// server, Electron main, the sandboxed preload as CommonJS), the browser extension, and the renderer with Vite.
//   node scripts/build.mjs          all
//   node scripts/build.mjs --node   the Node bundles only (fast: for the CLI and the bench)
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workerBuild } from './worker-build.mjs';
import { extensionBuild } from './extension-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeOnly = process.argv.includes('--node');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Dependencies stay in node_modules: better-sqlite3 is native, and electron-builder packs them.
  packages: 'external',
};

await Promise.all([
  build({
    ...common,
    // native/native-binding: the Electron build's place and checks, for scripts/electron-sqlite.mjs.
    entryPoints: {
      'cli/cuttings': 'electron/cli/cuttings.ts',
      'bench/bench': 'tests/bench/bench.ts',
      'native/native-binding': 'electron/core/db/native-binding.ts',
    },
    outdir: 'dist',
    format: 'esm',
  }),
  build({ ...common, ...workerBuild }),
  extensionBuild(root),
  build({ ...common, entryPoints: { 'main/main': 'electron/main/main.ts' }, outdir: 'dist', format: 'esm', external: ['electron'] }),
  // Sandboxed preloads must be CommonJS and self-contained.
  build({
    ...common,
    packages: undefined,
    entryPoints: { 'preload/preload': 'electron/preload/preload.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    // It carries the contract (and zod) to check method names; it loads with every window.
    minify: true,
    external: ['electron'],
  }),
]);

if (!nodeOnly) {
  const { build: viteBuild } = await import('vite');
  rmSync(`${root}/dist/renderer`, { recursive: true, force: true });
  await viteBuild({ configFile: `${root}/renderer/vite.config.ts`, logLevel: 'warn' });
}
