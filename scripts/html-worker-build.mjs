// The HTML worker's bundle: its own entry, since a worker_thread loads a file of its own. Used by
// the build and by the unit tests' setup, so tests read pasted HTML with the current source.
export const htmlWorkerBuild = {
  entryPoints: { 'clipper/html-worker': 'electron/core/clipper/html-worker.ts' },
  outdir: 'dist',
  format: 'esm',
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};
