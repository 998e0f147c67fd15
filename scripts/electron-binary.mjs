// Finds the Electron binary for `npm start` and `npm run dist`. Electron downloads it lazily on
// first use; we run that download ourselves with its output captured, so a machine without
// internet gets one clear sentence instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const electronDir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));

function installedBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** The binary's path, downloading it first if needed; or `{ error }` saying why there is none. */
export function electronBinary() {
  if (!existsSync(electronDir)) return { error: 'the electron package is not installed (run `npm install`)' };
  const found = installedBinary();
  if (found) return { path: found };
  process.stderr.write('Fetching the Electron runtime (first run only)…\n');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  const downloaded = installedBinary();
  if (downloaded) return { path: downloaded };
  const reason = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
    .split('\n')
    .find((l) => /error|failed/i.test(l))
    ?.trim();
  return { error: `its download failed${reason ? ` (${reason})` : ''}; it needs internet access` };
}
