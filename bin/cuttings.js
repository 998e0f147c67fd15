#!/usr/bin/env node
// The `cuttings` command. The CLI is TypeScript bundled into dist/ by `npm run build`,
// which `npm install` runs for you (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/cli/cuttings.js', import.meta.url));
if (!existsSync(entry)) {
  console.error('cuttings: the CLI has not been built yet. Run `npm run build` (or `npm install`) in the Cuttings folder first.');
  process.exit(1);
}
await import(entry);
