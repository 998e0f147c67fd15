// electron-builder afterPack hook. The packed app loads SQLite's native code from the Electron build
// under its root (electron/core/db/native-binding.ts), unpacked beside the asar. `npm run dist` packs
// the build `npm start` uses; when the target's Electron, platform or arch differs from it, the same
// scripts/electron-sqlite.mjs makes the target's build in the packed app. node_modules stays as it is.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const ARCHS = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
const PLATFORMS = { darwin: 'darwin', mas: 'darwin', linux: 'linux', win32: 'win32' };

exports.default = async function rebuildNativeForElectron(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const resources =
    electronPlatformName === 'darwin' || electronPlatformName === 'mas'
      ? path.join(appOutDir, `${packager.appInfo.productFilename}.app`, 'Contents', 'Resources')
      : path.join(appOutDir, 'resources');
  const { ensureElectronSqlite } = await import(pathToFileURL(path.join(__dirname, 'electron-sqlite.mjs')).href);
  await ensureElectronSqlite({
    electron: packager.config.electronVersion ?? packager.info.framework.version,
    platform: PLATFORMS[electronPlatformName] ?? electronPlatformName,
    arch: ARCHS[context.arch] ?? 'x64',
    appRoot: path.join(resources, 'app.asar'),
  });
};
