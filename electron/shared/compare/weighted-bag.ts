import type { TermBag } from './terms.js';

/** A sentence's content terms weighed by rarity: terms in every sentence say little about a pairing. */
export interface WeightedBag {
  terms: Map<string, number>;
  total: number;
}

/** Inverse sentence frequency over both texts, so each text's own vocabulary counts for both. */
export function weighBags(bags: readonly TermBag[]): WeightedBag[] {
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = bags.length;
  return bags.map((bag) => {
    const terms = new Map<string, number>();
    let total = 0;
    for (const [term, boost] of bag) {
      const weight = boost * Math.log(1 + n / df.get(term)!);
      terms.set(term, weight);
      total += weight;
    }
    return { terms, total };
  });
}

/** Weighted Dice overlap in [0, 1]: twice the shared weight over both totals. */
export function dice(x: WeightedBag, y: WeightedBag): number {
  if (x.total <= 0 || y.total <= 0) return 0;
  return Math.min(1, (2 * sharedWeight(x, y)) / (x.total + y.total));
}

function sharedWeight(x: WeightedBag, y: WeightedBag): number {
  const [small, large] = x.terms.size <= y.terms.size ? [x, y] : [y, x];
  let shared = 0;
  for (const [term, w] of small.terms) {
    const v = large.terms.get(term);
    if (v !== undefined) shared += Math.min(w, v);
  }
  return shared;
}

/** The bag of several sentences read as one (a sentence that the other text split in two). */
export function unionBag(bags: readonly WeightedBag[]): WeightedBag {
  const terms = new Map<string, number>();
  for (const bag of bags) for (const [t, w] of bag.terms) terms.set(t, Math.max(terms.get(t) ?? 0, w));
  let total = 0;
  for (const w of terms.values()) total += w;
  return { terms, total };
}
