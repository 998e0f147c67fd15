import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../../scripts/check-layers.mjs');
let tree: string;

function check(files: Record<string, string>): { ok: boolean; output: string } {
  tree = mkdtempSync(join(tmpdir(), 'cuttings-layers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  }
  try {
    return { ok: true, output: execFileSync('node', [script, tree], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (err) {
    return { ok: false, output: String((err as { stderr: string }).stderr) };
  }
}

afterEach(() => rmSync(tree, { recursive: true, force: true }));

describe('the import rule', () => {
  it('accepts imports that follow the layers', () => {
    const result = check({
      'electron/shared/a.ts': "import { z } from 'zod';\nexport const a = z;",
      'electron/core/b.ts': "import { a } from '../shared/a.js';\nimport { readFileSync } from 'node:fs';",
      'electron/core/index.ts': "export * from './b.js';",
      'electron/main/c.ts': "import { app } from 'electron';\nimport '../core/index.js';",
      'renderer/src/d.ts': "import type { a } from '../../electron/shared/a.js';",
      'electron/core/db/sqlite.ts': "import Database from 'better-sqlite3';",
      'electron/core/e.ts': "import type Database from 'better-sqlite3';",
      'electron/core/f.ts': "import type pg from 'pg';\nexport const loadDocx = () => import('docx');",
      'renderer/src/g.ts': "import MarkdownIt from 'markdown-it';",
    });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['shared code using Node', 'electron/shared/x.ts', "import { readFileSync } from 'node:fs';", 'Node module'],
    ['shared code importing the core', 'electron/shared/x.ts', "import '../core/y.js';", 'shared may import only'],
    ['the core importing electron', 'electron/core/x.ts', "import { app } from 'electron';", 'only electron/main'],
    ['the renderer importing the core', 'renderer/src/x.ts', "import '../../electron/core/y.js';", 'renderer may import only'],
    [
      'the renderer importing electron',
      'renderer/src/X.svelte',
      "<script>import { ipcRenderer } from 'electron';</script>",
      'only electron/main',
    ],
    [
      'the CLI reaching past the core’s surface',
      'electron/cli/x.ts',
      "import { openLibrary } from '../core/db/open-library.js';",
      'import it from electron/core/index.ts',
    ],
    ['shared code using an impure package', 'electron/shared/x.ts', "import { JSDOM } from 'jsdom';", 'may use only'],
    [
      'the core opening SQLite past the one opener',
      'electron/core/x.ts',
      "import Database from 'better-sqlite3';",
      'open SQLite files with openSqlite',
    ],
    ['the core loading a package only some commands use at start', 'electron/core/x.ts', "import pg from 'pg';", 'load it on first use'],
  ])('refuses %s', (_what, path, text, message) => {
    const result = check({ [path]: text });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(message);
  });
});
