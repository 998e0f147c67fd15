// `npm run dist`: package installers with electron-builder. Packaging downloads Electron and the
// platform tools, so fail fast with a clear message where they cannot be had, or where the
// package metadata an installer requires is missing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { ensureElectronSqlite } from './electron-sqlite.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

// Debian packages must name a project page and a maintainer with an address; electron-builder
// reports that only after the downloads, so check first when Linux packages will be built.
const targets = (...flags) => args.some((a) => flags.includes(a));
const buildsLinux =
  targets('--linux', '-l') || (process.platform === 'linux' && !targets('--mac', '--macos', '-m', '--win', '--windows', '-w'));
if (buildsLinux) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const email = typeof pkg.author === 'string' ? /<[^>]+@[^>]+>/.test(pkg.author) : Boolean(pkg.author?.email);
  const missing = [!pkg.homepage && '"homepage" (the project page)', !email && '"author" with an email ("Name <name@example.org>")'].filter(
    Boolean,
  );
  if (missing.length > 0) {
    console.error(
      `Cuttings: cannot package for Linux: the .deb needs ${missing.join(' and ')} in package.json. Add them, then run \`npm run dist\` again.`,
    );
    process.exit(1);
  }
}

const electron = electronBinary();
if (!electron.path) {
  console.error(
    `Cuttings: cannot package: the Electron runtime is missing, and ${electron.error}.\n` +
      'Run `npm run dist` on a machine with internet access; electron-builder.yml holds the configuration.',
  );
  process.exit(1);
}

const run = (cmd, runArgs) => {
  const r = spawnSync(cmd, runArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, ['scripts/build.mjs']);
// The same Electron build of SQLite's native code that `npm start` loads goes into the package.
try {
  await ensureElectronSqlite();
} catch (err) {
  console.error(`Cuttings: cannot package: building the database engine for Electron failed: ${err.message}.`);
  process.exit(1);
}
run('npx', ['electron-builder', '--config', 'electron-builder.yml', ...args]);
