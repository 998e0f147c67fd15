import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Cuttings';
export const LIBRARY_FILE = 'library.cuttings.db';

/** The same folder Electron's app.getPath('userData') gives, so the app and the CLI share a library. */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** `--library PATH`, else $CUTTINGS_LIBRARY, else the default in the user's data folder. */
export function resolveLibraryPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.CUTTINGS_LIBRARY ?? join(userDataFolder(env), LIBRARY_FILE);
}
