import { candidateEdges, identicalEmptyEdges, type Edge } from './candidates.js';
import { typographyKey } from './fold.js';
import { fillGaps } from './fill-gaps.js';
import { growGroups, type Group } from './grow-groups.js';
import { matchSentences } from './match-sentences.js';
import type { Sentence } from './split-sentences.js';
import { contentTerms } from './terms.js';
import { weighBags, type WeightedBag } from './weighted-bag.js';

/** Lowest weighted Dice score at which two sentences count as saying the same thing. */
const MIN_PAIR_SCORE = 0.25;
/**
 * A nudge towards pairs at the same relative place in both texts: it only decides between
 * otherwise equal candidates, such as a sentence repeated in both texts.
 */
const POSITION_NUDGE = 0.01;

export interface Alignment {
  groups: Group[];
  /** Share of both texts' content weight that sits in aligned sentences, scaled by how well they fit. */
  similarity: number;
}

export function alignSentences(a: readonly Sentence[], b: readonly Sentence[]): Alignment {
  const bags = weighBags([...a, ...b].map((s) => contentTerms(s.text)));
  const bagsA = bags.slice(0, a.length);
  const bagsB = bags.slice(a.length);
  const keys = (s: readonly Sentence[]) => s.map((x) => typographyKey(x.text));
  const edges = [...candidateEdges(bagsA, bagsB, MIN_PAIR_SCORE), ...identicalEmptyEdges(bagsA, bagsB, keys(a), keys(b))].map((e) =>
    nudged(e, a.length, b.length),
  );
  const pairs = matchSentences(edges, a.length, b.length);
  fillGaps(pairs, bagsA, bagsB);
  const groups = growGroups(pairs, bagsA, bagsB);
  return { groups, similarity: overallSimilarity(groups, bagsA, bagsB, a, b) };
}

function nudged(e: Edge, sizeA: number, sizeB: number): Edge {
  const offset = Math.abs(e.a / Math.max(1, sizeA) - e.b / Math.max(1, sizeB));
  return { ...e, score: e.score + POSITION_NUDGE * (1 - offset) };
}

function overallSimilarity(
  groups: readonly Group[],
  a: readonly WeightedBag[],
  b: readonly WeightedBag[],
  sentencesA: readonly Sentence[],
  sentencesB: readonly Sentence[],
): number {
  const weight = (bags: readonly WeightedBag[], indexes: Iterable<number>) => {
    let sum = 0;
    for (const k of indexes) sum += bags[k]!.total;
    return sum;
  };
  const total = weight(a, a.keys()) + weight(b, b.keys());
  if (total <= 0) {
    // No content words at all (empty, or only function words): equal texts are alike, others not.
    const key = (s: readonly Sentence[]) => typographyKey(s.map((x) => x.text).join(' '));
    return key(sentencesA) === key(sentencesB) ? 1 : 0;
  }
  let aligned = 0;
  for (const g of groups) aligned += Math.min(1, g.score) * (weight(a, g.as) + weight(b, g.bs));
  return Math.min(1, Math.max(0, aligned / total));
}
