import { dice, unionBag, type WeightedBag } from './weighted-bag.js';

/** Consecutive sentences of A aligned with consecutive sentences of B (usually one each). */
export interface Group {
  as: number[];
  bs: number[];
  score: number;
}

/** How much better a merged pairing must fit before it replaces the one-to-one pairing. */
const MIN_GAIN = 0.04;
const MAX_PASSES = 4;
/** A sentence merged into a neighbour's group must share this much of its own weight with the other side. */
const MIN_COVERAGE = 0.4;

/**
 * Turns one-to-one pairs into groups, adding a left-over sentence to the group of its neighbour
 * when the group then fits better: that is how one sentence in A meets the two that B split it into
 * (and the reverse, where B merged two of A's).
 */
export function growGroups(pairs: ReadonlyMap<number, number>, a: readonly WeightedBag[], b: readonly WeightedBag[]): Group[] {
  const groups: Group[] = [...pairs].map(([i, j]) => ({ as: [i], bs: [j], score: dice(a[i]!, b[j]!) }));
  const ownerA = new Int32Array(a.length).fill(-1);
  const ownerB = new Int32Array(b.length).fill(-1);
  groups.forEach((g, k) => {
    ownerA[g.as[0]!] = k;
    ownerB[g.bs[0]!] = k;
  });
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const grewA = absorb(groups, ownerA, a, b, 'as');
    const grewB = absorb(groups, ownerB, b, a, 'bs');
    if (!grewA && !grewB) break;
  }
  return groups;
}

/** One pass adding unpaired sentences of one side (`side`) to a neighbouring group. */
function absorb(
  groups: Group[],
  owner: Int32Array,
  own: readonly WeightedBag[],
  other: readonly WeightedBag[],
  side: 'as' | 'bs',
): boolean {
  const otherSide = side === 'as' ? 'bs' : 'as';
  let grew = false;
  for (let k = 0; k < own.length; k++) {
    if (owner[k] !== -1 || own[k]!.total <= 0) continue;
    let best: { group: number; score: number } | null = null;
    for (const neighbour of [k - 1, k + 1]) {
      const g = neighbour >= 0 && neighbour < own.length ? owner[neighbour]! : -1;
      if (g < 0) continue;
      const group = groups[g]!;
      const otherBag = unionBag(group[otherSide].map((x) => other[x]!));
      if (coverage(own[k]!, otherBag) < MIN_COVERAGE) continue;
      const ownBag = unionBag([...group[side], k].map((x) => own[x]!));
      const score = dice(ownBag, otherBag);
      if (score >= group.score + MIN_GAIN && (!best || score > best.score)) best = { group: g, score };
    }
    if (!best) continue;
    const group = groups[best.group]!;
    group[side] = [...group[side], k].sort((x, y) => x - y);
    group.score = best.score;
    owner[k] = best.group;
    grew = true;
  }
  return grew;
}

/** Share of `part`'s weight that `whole` also has. */
function coverage(part: WeightedBag, whole: WeightedBag): number {
  let shared = 0;
  for (const [t, w] of part.terms) if (whole.terms.has(t)) shared += w;
  return part.total > 0 ? shared / part.total : 0;
}
