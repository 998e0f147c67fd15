import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// No Node imports here: the import rule treats all of renderer/ as browser code. Vite gives the
// config its own folder as import.meta.dirname.
const here = import.meta.dirname;

export default defineConfig({
  root: here,
  // Electron loads the build from file://, so every asset URL must be relative.
  base: './',
  plugins: [svelte()],
  build: {
    outDir: `${here}/../dist/renderer`,
    emptyOutDir: true,
    target: 'chrome120',
    // The CSP forbids data: scripts and the fonts are many small files: keep assets as files.
    assetsInlineLimit: 0,
  },
});
