import type { DraftQuote } from '../models/clip-draft.js';
import type { Comparison, SharedQuote } from '../models/comparison.js';
import { fuller } from './compare-entities.js';
import { typographyKey } from './fold.js';
import { nameWords, sameSpeaker } from './names.js';
import { contentTerms, type TermBag } from './terms.js';

/**
 * Score a pair of quotes needs, by what is known of the speakers. With the same named speaker the
 * words may differ a good deal (two translations of one remark); with a speaker missing on a side
 * they must be nearly the same words; quotes of two different named speakers never pair.
 */
const MIN_SCORE_SAME_SPEAKER = 0.45;
const MIN_SCORE_SPEAKER_UNKNOWN = 0.75;

/**
 * Overlap (how much of the shorter quote the longer one has) counts most, because a report often
 * quotes only a fragment of what the other quotes in full; Dice keeps a one-word fragment from
 * matching any long remark on its own.
 */
const OVERLAP_SHARE = 0.7;

export function compareQuotes(a: readonly DraftQuote[], b: readonly DraftQuote[]): Comparison['quotes'] {
  const bagsA = a.map((q) => contentTerms(q.text));
  const bagsB = b.map((q) => contentTerms(q.text));
  const keysA = a.map((q) => typographyKey(q.text));
  const keysB = b.map((q) => typographyKey(q.text));
  const scored: { i: number; j: number; score: number }[] = [];
  for (const [i, j] of candidatePairs(bagsA, bagsB, keysA, keysB)) {
    const needed = requiredScore(a[i]!.speaker, b[j]!.speaker);
    if (needed === null) continue;
    // The same words count as the same quote even when none of them is a content word.
    const score = keysA[i] === keysB[j] ? 1 : quoteSimilarity(bagsA[i]!, bagsB[j]!);
    if (score >= needed) scored.push({ i, j, score });
  }
  scored.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);

  // One-to-one first, best pairs first; then a fragment left over joins the quote it is part of
  // (one report quotes a remark whole, the other in two pieces).
  const pairs: { i: number; j: number }[] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const s of scored) {
    if (usedA.has(s.i) || usedB.has(s.j)) continue;
    pairs.push(s);
    usedA.add(s.i);
    usedB.add(s.j);
  }
  for (const s of scored) {
    if (usedA.has(s.i) && usedB.has(s.j)) continue;
    pairs.push(s);
    usedA.add(s.i);
    usedB.add(s.j);
  }
  const shared: SharedQuote[] = joinedPieces(pairs).map(({ is, js }) => ({
    speaker: [...is.map((i) => a[i]!.speaker), ...js.map((j) => b[j]!.speaker)].reduce(speakerOf),
    a: is.map((i) => a[i]!.text).join(PIECE_GAP),
    b: js.map((j) => b[j]!.text).join(PIECE_GAP),
  }));
  return {
    shared,
    onlyA: a.filter((_, i) => !usedA.has(i)),
    onlyB: b.filter((_, j) => !usedB.has(j)),
  };
}

/** Between the pieces of one remark that a side quotes in parts, as an elision in a quote is written. */
const PIECE_GAP = ' … ';

/**
 * The pairs grouped by remark: a quote paired with several pieces of the other side's is one
 * shared remark, listed once with its pieces in the order each side gives them.
 */
function joinedPieces(pairs: readonly { i: number; j: number }[]): { is: number[]; js: number[] }[] {
  const groups: { is: number[]; js: number[] }[] = [];
  const ofA = new Map<number, { is: number[]; js: number[] }>();
  const ofB = new Map<number, { is: number[]; js: number[] }>();
  for (const { i, j } of [...pairs].sort((x, y) => x.i - y.i || x.j - y.j)) {
    const group = ofA.get(i) ?? ofB.get(j);
    if (!group) {
      const fresh = { is: [i], js: [j] };
      groups.push(fresh);
      ofA.set(i, fresh);
      ofB.set(j, fresh);
      continue;
    }
    if (!ofA.has(i)) group.is.push(i);
    if (!ofB.has(j)) group.js.push(j);
    ofA.set(i, group);
    ofB.set(j, group);
  }
  for (const group of groups) group.js.sort((x, y) => x - y);
  return groups;
}

/** A term quoted this often on one side says nothing about which quotes pair, and would cost a scan. */
const MAX_POSTINGS = 200;

/**
 * Quote pairs that share a content word or are the same text: the only ones that can reach a
 * score, found through an index so clips with thousands of quotes stay quick.
 */
function* candidatePairs(
  bagsA: readonly TermBag[],
  bagsB: readonly TermBag[],
  keysA: readonly string[],
  keysB: readonly string[],
): Generator<[number, number]> {
  const byTerm = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const post = (index: Map<string, number[]>, key: string, j: number) => {
    const list = index.get(key);
    if (list) list.push(j);
    else index.set(key, [j]);
  };
  bagsB.forEach((bag, j) => {
    for (const term of bag.keys()) post(byTerm, term, j);
    post(byKey, keysB[j]!, j);
  });
  for (let i = 0; i < bagsA.length; i++) {
    const partners = new Set(byKey.get(keysA[i]!) ?? []);
    for (const term of bagsA[i]!.keys()) {
      const list = byTerm.get(term);
      if (list && list.length <= MAX_POSTINGS) for (const j of list) partners.add(j);
    }
    for (const j of partners) yield [i, j];
  }
}

function requiredScore(x: string | null, y: string | null): number | null {
  if (named(x) && named(y)) return sameSpeaker(x, y) ? MIN_SCORE_SAME_SPEAKER : null;
  return MIN_SCORE_SPEAKER_UNKNOWN;
}

/** A speaker with at least one letter or digit in the name; blank ones count as unknown. */
function named(speaker: string | null): speaker is string {
  return speaker !== null && nameWords(speaker).length > 0;
}

function speakerOf(x: string | null, y: string | null): string | null {
  if (named(x) && named(y)) return fuller(x, y);
  return named(x) ? x : named(y) ? y : (x ?? y);
}

/** How nearly two quotes say the same words, in [0, 1], counting numbers and names double. */
function quoteSimilarity(x: TermBag, y: TermBag): number {
  const total = (bag: TermBag) => [...bag.values()].reduce((s, w) => s + w, 0);
  const tx = total(x);
  const ty = total(y);
  if (tx <= 0 || ty <= 0) return 0;
  let shared = 0;
  for (const [term, w] of x) {
    const v = y.get(term);
    if (v !== undefined) shared += Math.min(w, v);
  }
  const overlap = shared / Math.min(tx, ty);
  const dice = (2 * shared) / (tx + ty);
  return Math.min(1, OVERLAP_SHARE * overlap + (1 - OVERLAP_SHARE) * dice);
}
