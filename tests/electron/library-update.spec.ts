import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATION_FIXTURES_DIR } from '../support/fixtures.js';
import { skipWithoutElectron, startApp } from './launch.js';

skipWithoutElectron();

let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cuttings-electron-update-'));
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('a library left by an older version is updated before the window opens, then shows its clips', async () => {
  copyFileSync(join(MIGRATION_FIXTURES_DIR, 'library-v40.cuttings.db'), join(folder, 'library.db'));
  const app = await startApp(folder);
  try {
    const isMain = (page: Page) => page.url().startsWith('app://cuttings/');
    await expect.poll(() => app.windows().some(isMain), { timeout: 30_000 }).toBe(true);
    const main = app.windows().find(isMain)!;
    await main.getByRole('navigation', { name: 'Library' }).waitFor();
    await expect(main.getByText('Dock workers in Gdańsk accept pay offer', { exact: true })).toBeVisible();
  } finally {
    await app.close();
  }
});
