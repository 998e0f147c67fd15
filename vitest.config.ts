import { availableParallelism } from 'node:os';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './electron/core/dossier/system-chromium.js';

export default defineConfig({
  test: {
    globalSetup: ['tests/support/build-workers.ts'],
    testTimeout: 30_000,
    // Set-up hooks spawn the CLI or open libraries; a loaded CI runner needs more than the default 10 s.
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default, a worker fewer than the cores, is one worker on the two-core machines these
    // run on; many files mostly wait on the CLI, a server or PostgreSQL, so two share them well.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/db/**/*.test.ts',
            'tests/contract/**/*.test.ts',
            'tests/pdf/**/*.test.ts',
            'tests/safety/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, '**/*.pg.test.ts', 'tests/unit/shell/**'],
          environment: 'node',
          // A worker keeps the modules it has loaded from file to file: loading the core again for
          // each of some 170 files cost more than a minute of the suite. Files that replace modules
          // with fakes run apart, in the 'shell' project.
          isolate: false,
        },
      },
      {
        extends: true,
        // The Electron shell's tests stand a fake Electron in for the real one, module by module,
        // so each file gets modules of its own.
        test: {
          name: 'shell',
          include: ['tests/unit/shell/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        // Tests against a real PostgreSQL: one throwaway cluster, started by the global setup as an
        // unprivileged user, serves every *.pg.test.ts file; each file makes its own database.
        test: {
          name: 'postgres',
          include: ['tests/**/*.pg.test.ts'],
          globalSetup: ['tests/support/postgres-global-setup.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        // The renderer's stores are runes (`$state` in .svelte.ts), compiled by the Svelte plugin
        // and run where the app runs them: in Chromium.
        plugins: [svelte()],
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
