// The browser extension (extension/) as an unpacked folder, dist/extension/, loadable in Chromium
// and Firefox alike: its scripts bundled by esbuild (plain, readable code: stores review it),
// its manifest, page and icons copied.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ICON_SIZES = [16, 32, 48, 128];

export async function extensionBuild(root, out = join(root, 'dist/extension')) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'icons'), { recursive: true });
  for (const file of ['manifest.json', 'popup.html', 'popup.css']) cpSync(join(root, 'extension', file), join(out, file));
  for (const size of ICON_SIZES) cpSync(join(root, `resources/icons/${size}x${size}.png`), join(out, `icons/${size}.png`));
  await build({
    absWorkingDir: root,
    entryPoints: { background: 'extension/src/background.ts', popup: 'extension/src/popup.ts' },
    outdir: out,
    bundle: true,
    // Each script runs as a classic script: Firefox's background scripts and the popup alike.
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox142'],
    logLevel: 'warning',
  });
}
