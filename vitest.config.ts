import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Set-up hooks spawn the CLI or open libraries; a loaded CI runner needs more than the default 10 s.
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/pdf/**/*.test.ts', 'tests/safety/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        // The renderer's stores are runes (`$state` in .svelte.ts): the Svelte compiler turns them
        // into signals, with Svelte's browser build and a DOM for the api client's start-up.
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.ts'],
          environment: 'jsdom',
        },
      },
    ],
  },
});
