// `npm run dist`: package installers with electron-builder. Packaging downloads Electron and the
// platform tools, so fail fast with a clear message where they cannot be had.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const electron = electronBinary();
if (!electron.path) {
  console.error(
    `Cuttings: cannot package: the Electron runtime is missing, and ${electron.error}.\n` +
      'Run `npm run dist` on a machine with internet access; electron-builder.yml holds the configuration.',
  );
  process.exit(1);
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, ['scripts/build.mjs']);
run('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
