// `npm start`: build, then open the desktop app; where Electron cannot be had, point to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = electronBinary();
if (!electron.path) {
  console.error(
    [
      '',
      `Cuttings: the desktop window cannot open: the Electron runtime is missing, and ${electron.error}.`,
      '',
      'Use browser mode instead, the same app in your browser:',
      '    npm run serve',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(electron.path, ['.'], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
