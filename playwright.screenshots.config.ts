import { defineConfig } from '@playwright/test';
import type { PictureOptions } from './tests/e2e/fixtures.js';
import base from './playwright.config.js';

// `npm run screenshots`: the tests tagged @docs, writing the README's pictures into docs/.
export default defineConfig<PictureOptions>({
  ...base,
  testMatch: ['e2e/**/*.spec.ts'],
  grep: /@docs/,
  use: { ...base.use, writeDocsPictures: true },
});
