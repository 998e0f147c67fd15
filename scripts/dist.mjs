// `npm run dist`: package installers with electron-builder. Packaging downloads Electron and the
// platform tools, so fail fast with a clear message where they cannot be had.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

let electronPath = null;
try {
  electronPath = require('electron');
} catch {
  electronPath = null;
}
if (typeof electronPath !== 'string' || !existsSync(electronPath)) {
  console.error(
    'Cuttings: cannot package: the Electron runtime is not installed here (it needs a download from the internet).\n' +
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
