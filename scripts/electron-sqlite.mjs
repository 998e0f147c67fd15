// Makes the Electron build of better-sqlite3 that the desktop app loads (electron/core/db/native-binding.ts),
// beside the Node build in node_modules, which stays as it is for the CLI, browser mode and the tests.
// It runs what better-sqlite3's own install runs, for Electron: a prebuilt binary from the package's
// releases, else a compile against Electron's headers. Both need internet. A build is kept with a
// record of what it was made for; a different Electron, better-sqlite3, platform or arch builds again.
//   node scripts/electron-sqlite.mjs [--arch ARCH]     build for the installed Electron, if needed
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** The shared rules (where the build lives, how its ABI is read), from the built bundle of native-binding.ts. */
async function nativeBinding() {
  const bundle = join(root, 'dist', 'native', 'native-binding.js');
  if (!existsSync(bundle)) throw new Error('the build is missing; run `npm run build` first');
  return import(pathToFileURL(bundle).href);
}

const packageVersion = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;

/** The installed Electron's version: the one `npm start` runs and electron-builder packs. */
export function installedElectronVersion() {
  return packageVersion('electron');
}

/** What a build for this Electron, platform and arch must be, ABI included (node-abi knows each Electron's). */
export function wantedBuild({ electron, platform = process.platform, arch = process.arch }) {
  const { getAbi } = require('node-abi');
  return { electron, abi: Number(getAbi(electron, 'electron')), platform, arch, betterSqlite3: packageVersion('better-sqlite3') };
}

function readRecord(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** npm passes its settings to child tools as npm_config_*; a Node target or headers folder among them would build for Node. */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(package_|config_(nodedir|target|runtime|arch|platform|build_from_source|dist_?url|disturl))/i.test(key)) delete env[key];
  }
  return env;
}

function run(cli, args, cwd) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env: cleanEnv(), encoding: 'utf8' });
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  return { ok: result.status === 0, output };
}

/** The tool's own words for what went wrong, without its stack and environment lines. */
function problemIn(output) {
  const noise = /^(at |System |command |cwd |node -v|node-gyp -v|not ok|configure error|build error|$)/;
  const lines = output
    .split('\n')
    .filter((line) => /ERR!|warn install/.test(line))
    .map((line) => line.replace(/^.*?(ERR!|warn install)\s*(stack\s*)?(Error:\s*)?/i, '').trim())
    .filter((line) => !noise.test(line));
  const text = lines.slice(0, 3).join(' ');
  return text.length > 240 ? `${text.slice(0, 240)}…` : text || 'no reason given';
}

/** Fetches or compiles better-sqlite3 for `wanted` in a scratch copy of the package; returns the binary's path or throws. */
function buildInScratch(wanted, scratch) {
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const copy = join(scratch, 'better-sqlite3');
  cpSync(source, copy, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
  const target = ['--runtime=electron', `--target=${wanted.electron}`, `--arch=${wanted.arch}`];
  const prebuilt = run(require.resolve('prebuild-install/bin.js'), [...target, `--platform=${wanted.platform}`], copy);
  if (!prebuilt.ok) {
    const compiled = run(
      require.resolve('node-gyp/bin/node-gyp.js'),
      ['rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'],
      copy,
    );
    if (!compiled.ok)
      throw new Error(
        `no prebuilt binary could be downloaded (${problemIn(prebuilt.output)}) and compiling against Electron's headers failed (${problemIn(compiled.output)})`,
      );
  }
  return join(copy, 'build', 'Release', 'better_sqlite3.node');
}

/**
 * Ensures the Electron build under `appRoot` (the checkout, or a packed app's root) matches the
 * wanted Electron, platform and arch, building it when it does not. Resolves `{ path, built }`;
 * throws an Error whose message says what failed.
 */
export async function ensureElectronSqlite({
  electron = installedElectronVersion(),
  platform,
  arch,
  appRoot = root,
  log = (line) => console.error(line),
} = {}) {
  const { electronBuildDir, isSameBuild, registeredModuleVersion, ELECTRON_BUILD_FILE, ELECTRON_BUILD_RECORD } = await nativeBinding();
  const wanted = wantedBuild({ electron, platform, arch });
  const dir = electronBuildDir(appRoot);
  const binary = join(dir, ELECTRON_BUILD_FILE);
  const recordFile = join(dir, ELECTRON_BUILD_RECORD);
  if (existsSync(binary) && isSameBuild(readRecord(recordFile), wanted) && registeredModuleVersion(readFileSync(binary)) === wanted.abi) {
    return { path: binary, built: false };
  }
  log(
    `Preparing the database engine for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch}); the first run downloads or compiles it, which can take a minute…`,
  );
  const scratch = mkdtempSync(join(tmpdir(), 'cuttings-electron-sqlite-'));
  try {
    const made = buildInScratch(wanted, scratch);
    const abi = registeredModuleVersion(readFileSync(made));
    if (abi !== wanted.abi)
      throw new Error(`the binary made is for module version ${abi}, not Electron ${wanted.electron}'s ${wanted.abi}`);
    mkdirSync(dir, { recursive: true });
    // Replaced whole, so a build cut short never leaves half a binary under the right name.
    copyFileSync(made, `${binary}.partial`);
    renameSync(`${binary}.partial`, binary);
    writeFileSync(recordFile, `${JSON.stringify(wanted, null, 2)}\n`);
    log(`The database engine for Electron ${wanted.electron} is ready.`);
    return { path: binary, built: true };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--arch');
  try {
    await ensureElectronSqlite({ arch: at > 0 ? process.argv[at + 1] : undefined });
  } catch (err) {
    console.error(`Cuttings: building the database engine for Electron failed: ${err.message}.`);
    process.exit(1);
  }
}
