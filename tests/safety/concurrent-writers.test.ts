import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

let lib: ReturnType<typeof tempLibrary>;
beforeAll(() => {
  assertCliBuilt();
  lib = tempLibrary('cuttings-concurrent-');
});
afterAll(() => lib.remove());

function runImport(folder: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'import', folder, '--json', '--library', lib.path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('two processes writing to one library', () => {
  it('interleave 100 writes with no "database is locked" and nothing lost', async () => {
    for (const side of ['a', 'b']) {
      mkdirSync(join(lib.dir, side));
      for (let i = 0; i < 50; i++) {
        writeFileSync(
          join(lib.dir, side, `${i}.txt`),
          `Dispatch ${side}${i}\n\nWriter ${side} filed note ${i} about the ${side === 'a' ? 'river' : 'mountain'} crossing number ${i * 7919}.`,
        );
      }
    }
    const [a, b] = await Promise.all([runImport(join(lib.dir, 'a')), runImport(join(lib.dir, 'b'))]);
    for (const r of [a, b]) {
      expect(r.stderr).not.toMatch(/locked/i);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ added: 50, failed: [] });
    }
    const db = new Database(lib.path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM clips').get()).toEqual({ n: 100 });
    db.close();
  }, 120_000);
});

describe('two processes opening a new library at the same moment', () => {
  it('both succeed: the schema is created once', async () => {
    const fresh = tempLibrary('cuttings-race-');
    try {
      const runs = Array.from(
        { length: 4 },
        () =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, [CLI, 'list', '--json', '--library', fresh.path], { stdio: 'ignore' });
            child.on('exit', (code) => resolve(code));
          }),
      );
      expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
    } finally {
      fresh.remove();
    }
  }, 60_000);
});
