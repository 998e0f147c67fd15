import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from '../support/cli.js';

/**
 * The crash test, shared by `tests/safety/crash-safety.test.ts` (short) and `npm run bench`
 * (long): kills `cuttings add` with SIGKILL at random moments, then reads the library back.
 */

export function crashArticle(i: number): string {
  const body = Array.from(
    { length: 40 },
    (_, p) => `Paragraph ${p} of report ${i}: the harbour authority said “traffic is back to normal”, officials in Gdańsk added.`,
  ).join('\n\n');
  return `Report number ${i} on the harbour\n\nBy Ann Lee\n\nGDANSK, March 3 (Reuters) - ${body}`;
}

/** Runs one add and kills it after `killAfterMs`; `id` is set if the add was acknowledged first. */
function addAndMaybeKill(library: string, file: string, killAfterMs: number): Promise<{ id: number | null; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, 'add', file, '--json', '--library', library], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ id: code === 0 ? (JSON.parse(out) as { id: number }).id : null, ms: Date.now() - started });
    });
  });
}

export interface CrashReport {
  /** Adds killed before they were acknowledged. */
  kills: number;
  acknowledged: number;
  /** Acknowledged clips missing afterwards or not byte for byte what was pasted: must be 0. */
  losses: number;
  /** Clips present without their index entries or fingerprint: half-written, must be 0. */
  partial: number;
  integrity: string;
}

/** Adds articles to the library at `library` (files go in `dir`) until `kills` adds were killed. */
export async function runCrashTest(library: string, dir: string, kills: number, onKill?: (done: number) => void): Promise<CrashReport> {
  const acknowledged = new Map<number, number>();
  // One add unkilled, to learn how long an add takes on this machine right now.
  writeFileSync(join(dir, 'a0.txt'), crashArticle(0));
  const first = await addAndMaybeKill(library, join(dir, 'a0.txt'), 600_000);
  acknowledged.set(first.id!, 0);
  // The first add also creates the library, and the machine's load changes as the test runs:
  // every add that finishes before its kill teaches how long adds take now.
  let addMs = first.ms;
  let killed = 0;
  for (let i = 1; killed < kills && i < kills * 6; i++) {
    const file = join(dir, `a${i}.txt`);
    writeFileSync(file, crashArticle(i));
    // Kill times spread over the later part of an add: start-up, parse, and the write itself.
    const { id, ms } = await addAndMaybeKill(library, file, addMs * (0.5 + Math.random() * 0.7));
    if (id === null) {
      killed++;
      onKill?.(killed);
    } else {
      acknowledged.set(id, i);
      addMs = ms;
    }
  }
  return { ...readBack(library, acknowledged), kills: killed, acknowledged: acknowledged.size };
}

function readBack(library: string, acknowledged: Map<number, number>): Pick<CrashReport, 'losses' | 'partial' | 'integrity'> {
  const db = new Database(library);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const raw = db.prepare('SELECT raw FROM clips WHERE id = ?');
    let losses = 0;
    for (const [id, i] of acknowledged) {
      const row = raw.get(id) as { raw: string } | undefined;
      if (row?.raw !== crashArticle(i)) losses++;
    }
    // Whole or absent: every clip has its index entries and fingerprint buckets.
    const bands = db.prepare('SELECT count(*) AS n FROM clip_bands WHERE clip_id = ?');
    const indexed = db.prepare(`SELECT rowid FROM clips_fts WHERE clips_fts MATCH 'harbour' AND rowid = ?`);
    let partial = 0;
    for (const { id } of db.prepare('SELECT id FROM clips').all() as { id: number }[]) {
      if ((bands.get(id) as { n: number }).n !== 32 || !indexed.get(id)) partial++;
    }
    return { losses, partial, integrity };
  } finally {
    db.close();
  }
}
