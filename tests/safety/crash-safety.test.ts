import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

/**
 * Kills `cuttings add` with SIGKILL at random moments, then checks the library: intact, every
 * acknowledged clip present and whole, nothing half-written. CRASH_KILLS sets how many kills
 * (npm test: 20; the long form runs more).
 */
const KILLS = Number(process.env.CRASH_KILLS ?? 20);
let lib: ReturnType<typeof tempLibrary>;

beforeAll(() => {
  assertCliBuilt();
  lib = tempLibrary('cuttings-crash-');
});
afterAll(() => lib.remove());

function article(i: number): string {
  const body = Array.from({ length: 40 }, (_, p) => `Paragraph ${p} of report ${i}: the harbour authority said “traffic is back to normal”, officials in Gdańsk added.`).join('\n\n');
  return `Report number ${i} on the harbour\n\nBy Ann Lee\n\nGDANSK, March 3 (Reuters) - ${body}`;
}

/** Runs one add and kills it after `killAfterMs`; resolves with the id if it was acknowledged first. */
function addAndMaybeKill(file: string, killAfterMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'add', file, '--json', '--library', lib.path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? (JSON.parse(out) as { id: number }).id : null);
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged clip whole across ${KILLS} kills at random moments`, async () => {
    const acknowledged = new Map<number, number>();
    // One add unkilled, to learn how long an add takes on this machine right now.
    writeFileSync(join(lib.dir, 'a0.txt'), article(0));
    const started = Date.now();
    acknowledged.set((await addAndMaybeKill(join(lib.dir, 'a0.txt'), 600_000))!, 0);
    const addMs = Date.now() - started;
    let kills = 0;
    for (let i = 1; kills < KILLS && i < KILLS * 6; i++) {
      const file = join(lib.dir, `a${i}.txt`);
      writeFileSync(file, article(i));
      // Kill times spread over the later part of an add: start-up, parse, and the write itself.
      const id = await addAndMaybeKill(file, addMs * (0.5 + Math.random() * 0.7));
      if (id === null) kills++;
      else acknowledged.set(id, i);
    }
    expect(kills).toBe(KILLS);

    const db = new Database(lib.path);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      for (const [id, i] of acknowledged) {
        const row = db.prepare('SELECT title, raw FROM clips WHERE id = ?').get(id) as { title: string; raw: string } | undefined;
        expect(row, `acknowledged clip ${id}`).toBeDefined();
        expect(row!.raw).toBe(article(i));
      }
      // Whole or absent: every clip has its index entries and fingerprint buckets.
      const clips = db.prepare('SELECT id FROM clips').all() as { id: number }[];
      for (const { id } of clips) {
        expect((db.prepare('SELECT count(*) AS n FROM clip_bands WHERE clip_id = ?').get(id) as { n: number }).n).toBe(32);
        expect(db.prepare(`SELECT rowid FROM clips_fts WHERE clips_fts MATCH 'harbour' AND rowid = ?`).get(id)).toBeDefined();
      }
    } finally {
      db.close();
    }
  }, 240_000);
});
