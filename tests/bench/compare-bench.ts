// Compare figures for `npm run bench`: compareDrafts on two synthetic articles, one an edited and
// partly reordered copy of the other, beside jsdiff's diffWords on the same two whole texts; and
// the related-clips lookup in the bench's library.
import { diffWords } from 'diff';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../electron/core/db/open-library.js';
import { relatedClips } from '../../electron/core/library/related.js';
import { sqliteDatabase } from '../../electron/core/db/sqlite-database.js';
import { compareDrafts, type ComparableDraft } from '../../electron/shared/compare/compare-drafts.js';

const RUNS = 21;
const VOCABULARY = (
  'council ferry harbour island timetable bridge viaduct engineers cracks inspection minister agreement export ' +
  'railway freight passengers delays storm rescue crew trawler coast guard vessel market investment budget ' +
  'report official spokesman statement tuesday morning evening weeks months year government region city ' +
  'river pier foundations repairs traffic commuters buses services station hospital school residents'
).split(' ');
const NAMES = ['Kellna', 'Brannock', 'Olga Brandt', 'Tomás Ibarra', 'Harbour Board', 'Dunmore', 'Piet Maas'];
const GLUE = ['the', 'a', 'of', 'in', 'and', 'to', 'for', 'on', 'with', 'after', 'said', 'was', 'has', 'will'];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same texts. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function syntheticSentence(next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const words = Array.from({ length: 12 + Math.floor(next() * 14) }, (_, k) =>
    k % 3 === 1 ? pick(GLUE) : next() < 0.1 ? pick(NAMES) : next() < 0.08 ? String(Math.floor(next() * 500)) : pick(VOCABULARY),
  );
  const text = words.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

/** An article of about `words` words in paragraphs of three sentences. */
function syntheticArticle(words: number, next: () => number): string[] {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const s = syntheticSentence(next);
    sentences.push(s);
    count += s.split(' ').length;
  }
  const paragraphs: string[] = [];
  for (let k = 0; k < sentences.length; k += 3) paragraphs.push(sentences.slice(k, k + 3).join(' '));
  return paragraphs;
}

/** An updated, re-edited version: paragraphs moved, numbers corrected, sentences cut and added. */
function editedVersion(paragraphs: readonly string[], next: () => number): string[] {
  const out = paragraphs.map((p) =>
    p
      .split(/(?<=\.) /u)
      .filter(() => next() > 0.08)
      .map((s) => (next() < 0.15 ? s.replace(/\d+/u, (n) => String(Number(n) + 40)) : s))
      .map((s) => (next() < 0.1 ? s.replace(/ the /u, ' that ') : s))
      .join(' '),
  );
  for (let k = 0; k < out.length / 6; k++) {
    const from = Math.floor(next() * out.length);
    const [moved] = out.splice(from, 1);
    out.splice(Math.floor(next() * out.length), 0, moved!);
  }
  for (let k = 0; k < out.length / 8; k++) out.splice(Math.floor(next() * out.length), 0, syntheticSentence(next));
  return out.filter(Boolean);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Untimed runs first, for both measures alike: the first runs pay for compiling the code paths. */
const WARM_UP_RUNS = 5;

function timeRuns(fn: () => unknown): number {
  for (let k = 0; k < WARM_UP_RUNS; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function benchCompare(words = 1_000): Promise<{ compareP50Ms: number; jsdiffP50Ms: number }> {
  const next = random(20_260_401);
  const a = syntheticArticle(words, next);
  const b = editedVersion(a, next);
  const draft = (paragraphs: string[]): ComparableDraft => ({ paragraphs, quotes: [], people: [], places: [], organizations: [] });
  const round = (ms: number) => Number(ms.toFixed(2));
  return {
    compareP50Ms: round(timeRuns(() => compareDrafts(draft(a), draft(b)))),
    jsdiffP50Ms: round(timeRuns(() => diffWords(a.join('\n\n'), b.join('\n\n')))),
  };
}

/** relatedMs: median time of `clips.related` (10 results) for clips spread over a library of `clipCount` clips with ids 1…clipCount. */
export async function benchRelated(db: Db, clipCount: number): Promise<{ relatedMs: number }> {
  const library = sqliteDatabase(db);
  const ids = Array.from({ length: RUNS }, (_, k) => 1 + Math.floor(((k + 0.5) / RUNS) * clipCount));
  await relatedClips(library, ids[0]!, 10);
  const times: number[] = [];
  for (const id of ids) {
    const started = performance.now();
    await relatedClips(library, id, 10);
    times.push(performance.now() - started);
  }
  return { relatedMs: Number(median(times).toFixed(2)) };
}
