// electron-builder afterPack hook. The CLI and the tests use better-sqlite3 built for Node; the
// app needs it built for Electron's ABI. So only the copy inside the packed app (unpacked from
// the asar, see asarUnpack) is rebuilt, against Electron's headers; node_modules stays as it is.
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const ARCHS = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

exports.default = async function rebuildNativeForElectron(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const resources =
    electronPlatformName === 'darwin'
      ? path.join(appOutDir, `${packager.appInfo.productFilename}.app`, 'Contents', 'Resources')
      : path.join(appOutDir, 'resources');
  const moduleDir = path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
  if (!existsSync(moduleDir)) throw new Error(`better-sqlite3 was not unpacked to ${moduleDir}; check asarUnpack.`);
  execFileSync(
    'npx',
    [
      'node-gyp',
      'rebuild',
      '--release',
      `--target=${packager.config.electronVersion ?? packager.info.framework.version}`,
      `--arch=${ARCHS[context.arch] ?? 'x64'}`,
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ],
    { cwd: moduleDir, stdio: 'inherit', shell: process.platform === 'win32' },
  );
};
