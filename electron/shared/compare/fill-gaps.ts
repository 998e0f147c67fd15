import { dice, type WeightedBag } from './weighted-bag.js';

/**
 * Lower bar for a sentence that sits alone between the same two paired neighbours in both texts:
 * its place already says it is the same sentence rewritten, so less shared wording is needed.
 */
const MIN_GAP_SCORE = 0.12;

/**
 * Pairs a lone unpaired sentence of A with a lone unpaired sentence of B when both sit between the
 * same paired neighbours (or between a paired neighbour and the start or end of both texts): a
 * sentence rewritten in place reads better as changed than as removed and added.
 */
export function fillGaps(pairs: Map<number, number>, a: readonly WeightedBag[], b: readonly WeightedBag[]): void {
  const pairedB = new Set(pairs.values());
  let previous: [number, number] = [-1, -1];
  const anchors = [...pairs].sort((x, y) => x[0] - y[0]);
  anchors.push([a.length, b.length]);
  for (const [i, j] of anchors) {
    const [pi, pj] = previous;
    previous = [i, j];
    if (i - pi !== 2 || j - pj !== 2) continue; // exactly one sentence between them on each side
    const gapA = pi + 1;
    const gapB = pj + 1;
    if (pairs.has(gapA) || pairedB.has(gapB)) continue;
    if (dice(a[gapA]!, b[gapB]!) < MIN_GAP_SCORE) continue;
    pairs.set(gapA, gapB);
    pairedB.add(gapB);
  }
}
