// The bundles that run on worker threads, each an entry of its own since a worker_thread loads a
// file: the HTML reader and the library updater. Used by the build and by the unit tests' setup,
// so tests run the workers from the current source.
export const workerBuild = {
  entryPoints: { 'clipper/paste-worker': 'electron/core/clipper/paste-worker.ts', 'db/update-worker': 'electron/core/db/update-worker.ts' },
  outdir: 'dist',
  format: 'esm',
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};
