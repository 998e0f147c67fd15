import { join } from 'node:path';

/**
 * better-sqlite3 is native code, built for one runtime's module ABI: the copy in node_modules is
 * built for Node (the CLI, browser mode, the tests), and Electron refuses it. The desktop app loads
 * a second build, made for Electron by scripts/electron-sqlite.mjs, from this folder under the
 * app's root: in a checkout (`npm start`) and in the packed app (`npm run dist`) alike.
 */
export const ELECTRON_BUILD_DIR = '.electron-native';
export const ELECTRON_BUILD_FILE = 'better_sqlite3.node';
/** Written beside the build: what it was made for, so a changed Electron is noticed and rebuilt. */
export const ELECTRON_BUILD_RECORD = 'build.json';

export interface ElectronBuildRecord {
  electron: string;
  abi: number;
  platform: string;
  arch: string;
  betterSqlite3: string;
}

/** The folder of the Electron build. Native code cannot load from inside an asar archive, so the packed app keeps it unpacked beside it. */
export function electronBuildDir(appRoot: string): string {
  return join(appRoot.replace(/\.asar$/, '.asar.unpacked'), ELECTRON_BUILD_DIR);
}

/**
 * The better-sqlite3 binary for the running process, for its `nativeBinding` option: the Electron
 * build when running in Electron, undefined (the package's own Node build) anywhere else.
 */
export function nativeBindingPath(appRoot: string, versions: Partial<Record<string, string>> = process.versions): string | undefined {
  if (!versions['electron']) return undefined;
  return join(electronBuildDir(appRoot), ELECTRON_BUILD_FILE);
}

/** Whether a recorded build is the one wanted; any difference (a new Electron, another arch) means building again. */
export function isSameBuild(recorded: ElectronBuildRecord | null, wanted: ElectronBuildRecord): boolean {
  if (!recorded) return false;
  return (Object.keys(wanted) as (keyof ElectronBuildRecord)[]).every((key) => recorded[key] === wanted[key]);
}

const REGISTER_SYMBOL = /node_register_module_v(\d+)/;

/**
 * The module ABI a native addon was built for, read from the `node_register_module_vN` symbol
 * every non-N-API addon exports; null when the bytes name none.
 */
export function registeredModuleVersion(binary: Uint8Array): number | null {
  // latin1 maps each byte to one character, so the ASCII symbol name is found wherever it sits.
  const match = REGISTER_SYMBOL.exec(Buffer.from(binary.buffer, binary.byteOffset, binary.byteLength).toString('latin1'));
  return match ? Number(match[1]) : null;
}
