import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CoreService } from '../../electron/core/core-service.js';

/** Clips in the timed dossier: DESIGN.md's `dossier50Seconds` is a 50-clip dossier (about 150 pages). */
const DOSSIER_CLIPS = 50;
const SAMPLE_MS = 100;

/** Memory a process really uses: its proportional share (PSS), so Chromium's shared pages count once. */
function processMB(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const pss = /^Pss:\s+(\d+) kB/m.exec(rollup)?.[1];
    if (pss) return Number(pss) / 1024;
  } catch {
    // Not readable (another platform, or the process just ended): fall back to RSS below.
  }
  try {
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return rss ? Number(rss) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** This process and every process under it (Chromium and its renderers), from /proc on Linux. */
function treeMB(root: number): number {
  let parents: Map<number, number>;
  try {
    parents = new Map(
      readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .flatMap((d) => {
          try {
            // Field 4 of /proc/PID/stat is the parent; the name before it may hold spaces, so split after ')'.
            const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
            return [[Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])] as [number, number]];
          } catch {
            return [];
          }
        }),
    );
  } catch {
    return process.memoryUsage().rss / 1_048_576;
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) if (tree.has(parent) && !tree.has(pid)) (tree.add(pid), (grew = true));
  }
  return [...tree].reduce((mb, pid) => mb + processMB(pid), 0);
}

/**
 * Times a PDF dossier of the first 50 of `clipIds` through the core (build, Paged.js layout,
 * print, write) and samples the memory of the core plus Chromium while it runs.
 */
export async function benchDossier(core: CoreService, clipIds: number[]): Promise<{ dossier50Seconds: number; dossierPeakMB: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'cuttings-dossier-bench-'));
  let peak = treeMB(process.pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeMB(process.pid));
  }, SAMPLE_MS);
  try {
    const started = performance.now();
    const result = await core.dispatch('dossier.export', {
      clipIds: clipIds.slice(0, DOSSIER_CLIPS),
      spec: { title: 'Benchmark dossier', marking: 'Benchmark' },
      outPath: join(folder, 'bench.pdf'),
      format: 'pdf',
    });
    const seconds = (performance.now() - started) / 1000;
    if (!result.ok) throw new Error(`The dossier benchmark failed: ${result.error.message}`);
    return { dossier50Seconds: Math.round(seconds * 10) / 10, dossierPeakMB: Math.round(peak) };
  } finally {
    clearInterval(sampler);
    rmSync(folder, { recursive: true, force: true });
  }
}
