import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/pdf/**/*.test.ts', 'tests/safety/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Set-up hooks spawn the CLI or open libraries; a loaded CI runner needs more than the default 10 s.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
