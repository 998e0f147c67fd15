// The import rule: which folder may import which. A wrong import fails `npm test` here, before review.
// Each environment's tsconfig catches Node or DOM use; this catches imports across layers.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The tree to check: this repo, or another folder (the tests check a deliberately broken one).
const root = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('..', import.meta.url));
const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Packages shared code may use: pure JavaScript, no Node or DOM. */
const PURE_PACKAGES = ['zod', 'franc-min', 'diff', '@orama/stemmers', 'markdown-it'];

/**
 * For each layer: which of our folders it may import from, and whether it may use Node built-ins,
 * `electron`, and other packages. Order matters: the first matching prefix is the file's layer.
 */
const LAYERS = [
  {
    name: 'preload',
    dir: 'electron/preload',
    mayImport: ['electron/preload', 'electron/shared'],
    node: false,
    electron: true,
    packages: [],
  },
  {
    name: 'main',
    dir: 'electron/main',
    mayImport: ['electron/main', 'electron/preload', 'electron/core', 'electron/server', 'electron/shared'],
    node: true,
    electron: true,
    packages: '*',
  },
  { name: 'shared', dir: 'electron/shared', mayImport: ['electron/shared'], node: false, electron: false, packages: PURE_PACKAGES },
  { name: 'core', dir: 'electron/core', mayImport: ['electron/core', 'electron/shared'], node: true, electron: false, packages: '*' },
  {
    name: 'server',
    dir: 'electron/server',
    mayImport: ['electron/server', 'electron/core', 'electron/shared'],
    node: true,
    electron: false,
    packages: '*',
  },
  {
    name: 'cli',
    dir: 'electron/cli',
    mayImport: ['electron/cli', 'electron/server', 'electron/core', 'electron/shared'],
    node: true,
    electron: false,
    packages: '*',
  },
  // The browser extension runs in the user's browser: only the shared protocol's constants and types.
  { name: 'extension', dir: 'extension', mayImport: ['extension', 'electron/shared'], node: false, electron: false, packages: [] },
  { name: 'renderer', dir: 'renderer', mayImport: ['renderer', 'electron/shared'], node: false, electron: false, packages: '*' },
];

/** Outside the core, only its one surface may be imported, so its internals can change freely. */
const CORE_SURFACE = 'electron/core/index.ts';

/**
 * Only this file opens SQLite files, so every file opens with the runtime's build of the native
 * code (electron/core/db/native-binding.ts): in Electron, the Node build would refuse to load.
 */
const SQLITE_OPENER = 'electron/core/db/sqlite.ts';
const SQLITE_VALUE_IMPORT = /(?:^|[\s;])import\s+(?!type\b)[^'"]*?from\s+['"]better-sqlite3['"]|require\(\s*['"]better-sqlite3['"]\s*\)/m;

/**
 * Packages only some commands use. The Node bundles keep every package external, so a static
 * import would load it at every start of the CLI, `cuttings serve` and the app: these load on
 * first use instead, with import() or createRequire. Their types come with `import type`.
 */
const ON_DEMAND_PACKAGES = [
  'pg',
  '@node-rs/argon2',
  'docx',
  'markdown-it',
  'jsdom',
  'fast-xml-parser',
  'csv-parse',
  'js-yaml',
  'fflate',
  'tar-stream',
  'postal-mime',
  'playwright-core',
  'pdfjs-dist',
];
/** The layers bundled for Node; the renderer and the extension have bundles of their own. */
const NODE_BUNDLED = new Set(['shared', 'core', 'server', 'cli', 'main']);
const STATIC_VALUE_IMPORT = /(?:^|[\s;])(?:import|export)\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const packageOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|svelte|js|mjs)$/.test(entry) && !entry.endsWith('.d.ts')) yield path;
  }
}

const IMPORT = /(?:^|[\s;>])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

const problems = [];
for (const layer of LAYERS) {
  const base = join(root, layer.dir);
  if (!existsSync(base)) continue;
  for (const file of sourceFiles(base)) {
    const rel = relative(root, file);
    if (layer.name === 'main' && rel.startsWith('electron/preload')) continue;
    const text = readFileSync(file, 'utf8');
    if (rel !== SQLITE_OPENER && SQLITE_VALUE_IMPORT.test(text)) {
      problems.push(`${rel}: imports better-sqlite3; open SQLite files with openSqlite from ${SQLITE_OPENER}`);
    }
    if (NODE_BUNDLED.has(layer.name)) {
      for (const [, spec] of text.matchAll(STATIC_VALUE_IMPORT)) {
        if (ON_DEMAND_PACKAGES.includes(packageOf(spec))) {
          problems.push(
            `${rel}: imports ${spec} statically; load it on first use (import() or createRequire), as only some commands need it`,
          );
        }
      }
    }
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) {
        const target = relative(root, resolve(dirname(file), spec));
        if (!layer.mayImport.some((d) => target === d || target.startsWith(`${d}/`))) {
          problems.push(`${rel}: imports ${spec} (${target}); ${layer.name} may import only ${layer.mayImport.join(', ')}`);
        } else if (layer.name !== 'core' && target.startsWith('electron/core/') && target.replace(/\.js$/, '.ts') !== CORE_SURFACE) {
          problems.push(`${rel}: imports ${spec} (${target}); outside the core, import it from ${CORE_SURFACE}`);
        }
      } else if (spec === 'electron' || spec.startsWith('electron/')) {
        if (!layer.electron) problems.push(`${rel}: imports electron; only electron/main and electron/preload may`);
      } else if (nodeBuiltins.has(spec) || spec.startsWith('node:')) {
        if (!layer.node) problems.push(`${rel}: imports the Node module ${spec}; ${layer.name} code runs without Node`);
      } else if (layer.packages !== '*') {
        const pkg = packageOf(spec);
        if (!layer.packages.includes(pkg)) {
          problems.push(`${rel}: imports the package ${pkg}; ${layer.name} may use only ${layer.packages.join(', ') || 'no packages'}`);
        }
      }
    }
  }
}

if (problems.length) {
  console.error(`Import rule broken in ${problems.length} place(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Import rule: every layer imports only what it may.');
