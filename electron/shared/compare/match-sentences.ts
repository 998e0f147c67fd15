import type { Edge } from './candidates.js';
import { assignMinCost } from './hungarian.js';

/**
 * Largest dense problem solved exactly, in matrix cells. Bigger tangles of candidate pairs (only
 * huge or highly repetitive texts make them) fall back to best-first greedy pairing, which is at
 * least half as good and runs in O(E log E).
 */
const MAX_EXACT_CELLS = 90_000;

/**
 * One-to-one pairing of A's and B's sentences that maximises the total score over the whole text,
 * so a sentence that fits two places goes where the pairing as a whole is best, not where a
 * left-to-right scan meets it first. Works per connected group of candidate pairs.
 * Returns B's index for each paired A sentence.
 */
export function matchSentences(edges: readonly Edge[], sizeA: number, sizeB: number): Map<number, number> {
  const pairs = new Map<number, number>();
  for (const component of components(edges, sizeA, sizeB)) {
    const as = [...new Set(component.map((e) => e.a))];
    const bs = [...new Set(component.map((e) => e.b))];
    if (as.length * bs.length <= MAX_EXACT_CELLS) solveExactly(component, as, bs, pairs);
    else solveGreedily(component, pairs);
  }
  return pairs;
}

function solveExactly(edges: readonly Edge[], as: number[], bs: number[], pairs: Map<number, number>): void {
  const transpose = as.length > bs.length;
  const [rows, cols] = transpose ? [bs, as] : [as, bs];
  const rowAt = new Map(rows.map((r, k) => [r, k]));
  const colAt = new Map(cols.map((c, k) => [c, k]));
  const cost = new Float64Array(rows.length * cols.length);
  for (const e of edges) {
    const [r, c] = transpose ? [e.b, e.a] : [e.a, e.b];
    cost[rowAt.get(r)! * cols.length + colAt.get(c)!] = -e.score;
  }
  const assigned = assignMinCost(cost, rows.length, cols.length);
  assigned.forEach((c, r) => {
    if (c < 0 || cost[r * cols.length + c]! >= 0) return; // paired only by padding, not by an edge
    const [a, b] = transpose ? [cols[c]!, rows[r]!] : [rows[r]!, cols[c]!];
    pairs.set(a, b);
  });
}

function solveGreedily(edges: readonly Edge[], pairs: Map<number, number>): void {
  const takenB = new Set<number>();
  for (const e of [...edges].sort((x, y) => y.score - x.score)) {
    if (pairs.has(e.a) || takenB.has(e.b)) continue;
    pairs.set(e.a, e.b);
    takenB.add(e.b);
  }
}

/** Candidate pairs split into groups that share no sentence, found with union–find. */
function components(edges: readonly Edge[], sizeA: number, sizeB: number): Edge[][] {
  const parent = Int32Array.from({ length: sizeA + sizeB }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]!]!;
      k = parent[k]!;
    }
    return k;
  };
  for (const e of edges) parent[find(e.a)] = find(sizeA + e.b);
  const groups = new Map<number, Edge[]>();
  for (const e of edges) {
    const root = find(e.a);
    const group = groups.get(root);
    if (group) group.push(e);
    else groups.set(root, [e]);
  }
  return [...groups.values()];
}
