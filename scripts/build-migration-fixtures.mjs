// Writes tests/db/fixtures/library-vN.cuttings.db for every schema version, from
// tests/db/fixtures/fixture-data.ts. Run it when a migration is added, then check in the new file:
//   node scripts/build-migration-fixtures.mjs            every version
//   node scripts/build-migration-fixtures.mjs 40         one version
// Fixtures of shipped versions should not change: rebuild only the new one.
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Bundled into dist/ (not a temporary folder) so its imports resolve from the repo's node_modules.
const bundle = join(root, 'dist/fixtures/build-fixtures.mjs');
await build({
  absWorkingDir: root,
  entryPoints: ['tests/db/fixtures/build-fixtures.ts'],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { buildAllFixtures, buildFixture } = await import(pathToFileURL(bundle).href);
const folder = join(root, 'tests/db/fixtures');
const version = process.argv[2];
const written = version ? [buildFixture(folder, Number(version))] : buildAllFixtures(folder);
for (const file of written) console.log(`wrote ${file}`);
