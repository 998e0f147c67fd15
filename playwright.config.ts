import { defineConfig } from '@playwright/test';
import type { PictureOptions } from './tests/e2e/fixtures.js';
import { CHROMIUM_ARGS, chromiumPath } from './electron/core/dossier/system-chromium.js';

export default defineConfig<PictureOptions>({
  // tests/e2e drives browser mode in Chromium; tests/electron runs the desktop shell where the
  // Electron binary exists and skips, saying so, where it does not. Pictures go to the test output;
  // playwright.screenshots.config.ts writes the README's into docs/.
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  // Two workers, each a file at a time: a test mostly waits on its server and its page, so two
  // share the two cores these machines have; more would starve them.
  workers: 2,
  fullyParallel: false,
  reporter: 'list',
  timeout: 30_000,
  // Generous waits: a first HTML paste starts its parser worker, slow on a loaded two-core machine.
  expect: { timeout: 10_000 },
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
});
