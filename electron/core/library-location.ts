import { readPrivateJson, writePrivateJson } from './db/private-json.js';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

export const APP_FOLDER = 'Cuttings';
export const LIBRARY_FILE = 'library.cuttings.db';
/** In the user-data folder: where the library went when the user moved it (`{ "path": "…" }`). */
export const LOCATION_FILE = 'library-location.json';

/** The same folder Electron's app.getPath('userData') gives, so the app and the CLI share a library. */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** The library a start without --library or $CUTTINGS_LIBRARY opens: where it was moved to, else the default file. */
export function defaultLibraryPath(userData: string): string {
  return rememberedLibrary(userData) ?? join(userData, LIBRARY_FILE);
}

/** An unreadable or hand-edited pointer is ignored rather than trusted: the default library opens instead. */
function rememberedLibrary(userData: string): string | null {
  return readPrivateJson(join(userData, LOCATION_FILE), (value) => {
    const { path } = value as { path?: unknown };
    return typeof path === 'string' && isAbsolute(path) ? path : null;
  });
}

/** Whole or not at all: a crash leaves the old pointer or the new one, never half of one. */
export function rememberLibrary(userData: string, path: string): void {
  writePrivateJson(join(userData, LOCATION_FILE), { path: resolve(path) });
}

/** `--library PATH`, else $CUTTINGS_LIBRARY, else the library the user moved, else the default in the user's data folder. */
export function resolveLibraryPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, userData = userDataFolder(env)): string {
  return flag ?? env.CUTTINGS_LIBRARY ?? defaultLibraryPath(userData);
}
