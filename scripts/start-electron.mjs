// `npm start`: build, then open the desktop app. Where the Electron binary is missing (it is
// downloaded on first run, which needs internet), say so and point to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // The electron package's main export is the path of its binary; it throws when the binary is absent.
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary();
if (!binary) {
  console.error(
    [
      '',
      'Cuttings: the Electron runtime is not installed, so the desktop window cannot open.',
      'It is downloaded on first `npm install` with internet access; this machine has none',
      '(or ELECTRON_SKIP_BINARY_DOWNLOAD was set).',
      '',
      'Use browser mode instead — the same app in your browser:',
      '    npm run serve',
      '',
      'Or, with internet: unset ELECTRON_SKIP_BINARY_DOWNLOAD and run `node node_modules/electron/install.js`.',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
