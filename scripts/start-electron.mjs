// `npm start`: build, prepare Electron and SQLite's native code built for it, then open the desktop
// app; where either cannot be had, say what failed and point to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { ensureElectronSqlite } from './electron-sqlite.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** One sentence on what failed, then the way that works meanwhile. */
function cannotOpen(reason) {
  console.error(
    [
      '',
      `Cuttings: the desktop window cannot open: ${reason}.`,
      '',
      'Use browser mode instead, the same app in your browser:',
      '    npm run serve',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const electron = electronBinary();
if (!electron.path) cannotOpen(`the Electron runtime is missing, and ${electron.error}`);

try {
  await ensureElectronSqlite();
} catch (err) {
  cannotOpen(`building the database engine for Electron failed: ${err.message}`);
}

const child = spawn(electron.path, ['.'], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
