import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronBuildDir, ELECTRON_BUILD_FILE } from '../../electron/core/db/native-binding.js';

/**
 * The Electron-only specs run the real app. The Electron binary is downloaded on a user's first
 * `npm install`; on machines without internet (CI here) it is absent and the specs are skipped,
 * saying so. Everything else the window does is covered by the browser-mode specs in tests/e2e.
 */
const root = join(import.meta.dirname, '../..');
const electronDir = join(root, 'node_modules/electron');

export const binary = (() => {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const path = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? path : null;
})();

/** The app opens its library with SQLite's native code built for Electron, made by `npm start` or scripts/electron-sqlite.mjs. */
const hasElectronSqlite = existsSync(join(electronBuildDir(root), ELECTRON_BUILD_FILE));

export function skipWithoutElectron(): void {
  test.skip(binary === null, 'Electron binary not installed (it needs a download from the internet): Electron-only specs skipped.');
  test.skip(
    !hasElectronSqlite,
    'No Electron build of SQLite in .electron-native (`npm start` or `node scripts/electron-sqlite.mjs` makes it, with internet): Electron-only specs skipped.',
  );
}

/**
 * The app on a library and a profile of its own inside `folder` (window place, single-instance
 * lock), so a test never touches, or is stopped by, the user's own Cuttings.
 */
export async function launchApp(folder: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await startApp(folder);
  const page = await app.firstWindow();
  await page.getByRole('navigation', { name: 'Library' }).waitFor();
  return { app, page };
}

/** The process alone, not waiting for its window (a second instance never opens one). */
export function startApp(folder: string): Promise<ElectronApplication> {
  const userData = profileOf(folder);
  mkdirSync(userData, { recursive: true });
  return electron.launch({
    executablePath: binary!,
    args: [root],
    env: { ...process.env, CUTTINGS_LIBRARY: join(folder, 'library.db'), CUTTINGS_USER_DATA: userData },
  });
}

/** The user data folder the app was launched with. */
export function profileOf(folder: string): string {
  return join(folder, 'profile');
}
