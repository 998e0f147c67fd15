import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Edge } from '../../../electron/shared/compare/candidates.js';
import { matchSentences } from '../../../electron/shared/compare/match-sentences.js';

/** The best total score of any one-to-one pairing, by trying them all (small inputs only). */
function bestTotal(edges: readonly Edge[], sizeA: number): number {
  const best = (i: number, usedB: Set<number>): number => {
    if (i === sizeA) return 0;
    let top = best(i + 1, usedB);
    for (const e of edges) {
      if (e.a !== i || usedB.has(e.b)) continue;
      usedB.add(e.b);
      top = Math.max(top, e.score + best(i + 1, usedB));
      usedB.delete(e.b);
    }
    return top;
  };
  return best(0, new Set());
}

const problem = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).chain(([sizeA, sizeB]) =>
  fc.record({
    sizeA: fc.constant(sizeA),
    sizeB: fc.constant(sizeB),
    edges: fc
      .uniqueArray(fc.tuple(fc.nat(sizeA - 1), fc.nat(sizeB - 1)), { selector: ([a, b]) => `${a},${b}`, maxLength: sizeA * sizeB })
      .chain((cells) =>
        fc
          .tuple(...cells.map(() => fc.double({ min: 0.25, max: 1, noNaN: true })))
          .map((scores) => cells.map(([a, b], k) => ({ a, b, score: scores[k]! }))),
      ),
  }),
);

describe('matchSentences', () => {
  it('finds a pairing as good as the best possible one, using only candidate pairs, each sentence once', () => {
    fc.assert(
      fc.property(problem, ({ sizeA, sizeB, edges }) => {
        const pairs = matchSentences(edges, sizeA, sizeB);
        const score = new Map(edges.map((e) => [`${e.a},${e.b}`, e.score]));
        let total = 0;
        for (const [a, b] of pairs) {
          expect(score.has(`${a},${b}`)).toBe(true);
          total += score.get(`${a},${b}`)!;
        }
        expect(new Set(pairs.values()).size).toBe(pairs.size);
        expect(total).toBeCloseTo(bestTotal(edges, sizeA), 9);
      }),
      { numRuns: 300 },
    );
  });
});
