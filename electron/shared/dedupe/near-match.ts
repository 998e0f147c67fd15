import { containment, estimateShingles, estimateSimilarity, normalisedWords } from './minhash.js';

/** Jaccard similarity at which a new paste is reported as a near-duplicate of a saved clip. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
/**
 * Below that, a paste is still another version of a saved clip when the shorter of the two lies
 * this much inside the longer (an update that adds paragraphs), and they are this similar at least:
 * a text with as much new as old in it (two stories printed together) is another text.
 */
const CONTAINED_THRESHOLD = 0.85;
const CONTAINED_FLOOR = 0.55;
/**
 * Two texts of one length that share most words (one story told twice from a template, with other
 * numbers) lie as much inside each other as their likeness implies, 2J / (1 + J); the sizes are
 * estimates, so containment counts only this far above that: when one text is clearly the longer.
 */
const CONTAINED_MARGIN = 0.08;
/** Below this many shingles (about as many words) a text is too short for its containment to say anything. */
const CONTAINED_MIN_SHINGLES = 40;
/**
 * Two texts under one headline that share this much are one story rewritten, as an update recasts
 * its paragraphs (cut, reworded, one added): too changed to lie inside each other, too alike to be
 * two stories. Two outlets' reports of one event share less, and seldom a headline word for word.
 */
const REWRITTEN_FLOOR = 0.3;
/** Headlines sharing this share of their words (of both together) are one headline, slightly edited. */
const SAME_HEADLINE = 0.7;
const HEADLINE_MIN_WORDS = 3;

const numbers = (words: ReadonlySet<string>) =>
  [...words]
    .filter((w) => /\p{N}/u.test(w))
    .sort()
    .join(' ');

/**
 * Whether two headlines are one, as an update edits it (`engine fire` → `engine-room fire`). Their
 * numbers must agree: a template's stories (`Line 5 reopens`, `Line 7 reopens`) differ in those alone.
 */
export function sameHeadline(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = new Set(normalisedWords(a ?? ''));
  const y = new Set(normalisedWords(b ?? ''));
  if (x.size < HEADLINE_MIN_WORDS || y.size < HEADLINE_MIN_WORDS || numbers(x) !== numbers(y)) return false;
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared) >= SAME_HEADLINE;
}

export interface NearMatch {
  similarity: number;
  contained?: true;
  rewritten?: true;
}

/**
 * How a saved clip's signature relates to a paste's: a near-duplicate, another version of it (one
 * inside the other, or one story rewritten under `oneHeadline`), or neither (null).
 */
export function nearMatch(paste: Uint32Array, saved: Uint32Array, oneHeadline = false): NearMatch | null {
  const similarity = estimateSimilarity(paste, saved);
  if (similarity >= NEAR_DUPLICATE_THRESHOLD) return { similarity };
  const na = estimateShingles(paste);
  const nb = estimateShingles(saved);
  if (Math.min(na, nb) < CONTAINED_MIN_SHINGLES) return null;
  const inside = containment(similarity, na, nb);
  if (inside >= CONTAINED_THRESHOLD) {
    const sameLength = (2 * similarity) / (1 + similarity);
    return similarity >= CONTAINED_FLOOR && inside - sameLength >= CONTAINED_MARGIN ? { similarity, contained: true } : null;
  }
  // Each has passages the other lacks: under one headline, that is one story rewritten.
  return oneHeadline && similarity >= REWRITTEN_FLOOR ? { similarity, rewritten: true } : null;
}
