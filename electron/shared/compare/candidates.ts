import { dice, type WeightedBag } from './weighted-bag.js';

export interface Edge {
  a: number;
  b: number;
  score: number;
}

/** Candidates kept per sentence of A, best first by shared rare terms: bounds the work on huge texts. */
const PER_SENTENCE = 24;
/** Terms of each sentence of A looked up, rarest first. */
const TERMS_LOOKED_UP = 12;
/** Sentences looked at around the expected position, for terms too common to index. */
const NEARBY = 8;

/**
 * Sentence pairs worth weighing, found through an index of B's terms instead of trying every
 * pair: only pairs sharing a term that is not everywhere are looked at. Returns those with a
 * Dice score of at least `minScore`.
 */
export function candidateEdges(a: readonly WeightedBag[], b: readonly WeightedBag[], minScore: number): Edge[] {
  const postings = new Map<string, number[]>();
  b.forEach((bag, j) => {
    for (const term of bag.terms.keys()) {
      const list = postings.get(term);
      if (list) list.push(j);
      else postings.set(term, [j]);
    }
  });
  // A term in a tenth of the sentences finds everything and distinguishes nothing; for such terms
  // only B's sentences near A's position are looked at, so repeated text still pairs up.
  const maxPostings = Math.max(40, Math.ceil(b.length / 10));
  const scale = b.length / Math.max(1, a.length);
  const edges: Edge[] = [];
  const partial = new Map<number, number>();
  a.forEach((bag, i) => {
    partial.clear();
    // A sentence's rarest shared terms find its partners; its commoner ones only add cost.
    const lookups: [number[], number][] = [];
    for (const [term, w] of bag.terms) {
      const list = postings.get(term);
      if (list) lookups.push([list, w]);
    }
    lookups.sort((x, y) => x[0].length - y[0].length);
    for (const [list, w] of lookups.slice(0, TERMS_LOOKED_UP)) {
      const near = list.length > maxPostings ? nearby(list, i * scale, NEARBY) : list;
      for (const j of near) partial.set(j, (partial.get(j) ?? 0) + w);
    }
    const best = [...partial].sort((x, y) => y[1] - x[1]).slice(0, PER_SENTENCE);
    for (const [j] of best) {
      const score = dice(bag, b[j]!);
      if (score >= minScore) edges.push({ a: i, b: j, score });
    }
  });
  return edges;
}

/** The `count` entries of an ascending list closest to `position`. */
function nearby(list: readonly number[], position: number, count: number): readonly number[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, Math.min(list.length - count, lo - count / 2));
  return list.slice(from, from + count);
}

/**
 * Pairs of identical sentences that have no content words at all ("X", "—", "Share"): weighing
 * cannot see them, but a reader expects them side by side. Each takes the nearest copy in B.
 */
export function identicalEmptyEdges(
  a: readonly WeightedBag[],
  b: readonly WeightedBag[],
  keyA: readonly string[],
  keyB: readonly string[],
): Edge[] {
  const where = new Map<string, number[]>();
  b.forEach((bag, j) => {
    if (bag.total > 0) return;
    const list = where.get(keyB[j]!);
    if (list) list.push(j);
    else where.set(keyB[j]!, [j]);
  });
  const scale = b.length / Math.max(1, a.length);
  const edges: Edge[] = [];
  a.forEach((bag, i) => {
    const list = bag.total > 0 ? undefined : where.get(keyA[i]!);
    if (!list) return;
    for (const j of nearby(list, i * scale, NEARBY)) edges.push({ a: i, b: j, score: 1 });
  });
  return edges;
}
