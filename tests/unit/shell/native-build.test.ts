import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ELECTRON_BUILD_RECORD,
  electronBuildDir,
  isSameBuild,
  nativeBindingPath,
  registeredModuleVersion,
  type ElectronBuildRecord,
} from '../../../electron/core/db/native-binding.js';
import { openSqlite } from '../../../electron/core/db/sqlite.js';

/**
 * The two builds of better-sqlite3: the Node build in node_modules and the Electron build the
 * desktop app loads. Each must register the module version its runtime requires, or that runtime
 * refuses it before any window shows.
 */
const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '../../..');
const nodeBuild = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const pinnedElectron = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
  .devDependencies['electron']!;
const { getAbi } = require('node-abi') as { getAbi(target: string, runtime: 'node' | 'electron'): string };
const electronBuild = nativeBindingPath(root, { electron: pinnedElectron })!;
const hasElectronBuild = existsSync(electronBuild);

describe('the module version a native binary registers', () => {
  it('is read from the bytes of the binary', () => {
    const bytes = Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('_node_register_module_v150\0', 'latin1'), Buffer.from([255])]);
    expect(registeredModuleVersion(bytes)).toBe(150);
    expect(registeredModuleVersion(Buffer.from('napi_register_module_v1', 'latin1'))).toBeNull();
  });

  it('is Node’s for the Node build in node_modules (the CLI, browser mode and the tests load it)', () => {
    expect(registeredModuleVersion(readFileSync(nodeBuild))).toBe(Number(process.versions.modules));
  });

  it.skipIf(!hasElectronBuild)(
    `is the pinned Electron’s for the Electron build${hasElectronBuild ? '' : ` (skipped: there is no Electron build at ${electronBuild}; \`npm start\` makes it where there is internet)`}`,
    () => {
      const abi = Number(getAbi(pinnedElectron, 'electron'));
      expect(registeredModuleVersion(readFileSync(electronBuild))).toBe(abi);
      const record = JSON.parse(readFileSync(join(dirname(electronBuild), ELECTRON_BUILD_RECORD), 'utf8')) as ElectronBuildRecord;
      expect(record).toMatchObject({ electron: pinnedElectron, abi });
    },
  );
});

describe('which build a process loads', () => {
  it('is the package’s own under Node, and the Electron build under the app’s root in Electron', () => {
    expect(nativeBindingPath('/home/ana/cuttings', { node: '20.20.2' })).toBeUndefined();
    expect(nativeBindingPath('/home/ana/cuttings', { electron: '45.5.0' })).toBe(
      join('/home/ana/cuttings', '.electron-native', 'better_sqlite3.node'),
    );
  });

  it('is unpacked beside the archive in a packed app, where native code cannot load from inside it', () => {
    expect(electronBuildDir(join('/opt/Cuttings/resources', 'app.asar'))).toBe(
      join('/opt/Cuttings/resources', 'app.asar.unpacked', '.electron-native'),
    );
  });
});

describe('a kept Electron build', () => {
  const built: ElectronBuildRecord = { electron: '45.5.0', abi: 150, platform: 'linux', arch: 'x64', betterSqlite3: '12.11.1' };

  it('is used again only when made for the same Electron, better-sqlite3, platform and arch', () => {
    expect(isSameBuild(built, { ...built })).toBe(true);
    expect(isSameBuild(null, built)).toBe(false);
    expect(isSameBuild(built, { ...built, electron: '46.0.0', abi: 151 })).toBe(false);
    expect(isSameBuild(built, { ...built, arch: 'arm64' })).toBe(false);
    expect(isSameBuild(built, { ...built, betterSqlite3: '12.12.0' })).toBe(false);
  });
});

describe('a missing Electron build', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cuttings-binding-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('stops the library from opening with a sentence saying what to do', () => {
    expect(() => openSqlite(join(folder, 'library.db'), {}, { nativeBinding: join(folder, 'nowhere', 'better_sqlite3.node') })).toThrow(
      /database engine built for the desktop app is missing .* run `npm start` to build it \(`npm run serve` opens the library in a browser meanwhile\)/,
    );
    expect(existsSync(join(folder, 'library.db'))).toBe(false);
  });
});
