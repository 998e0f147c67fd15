import { containment, estimateShingles, estimateSimilarity } from './minhash.js';

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

/** How a saved clip's signature relates to a paste's: a near-duplicate, another version of it, or neither (null). */
export function nearMatch(paste: Uint32Array, saved: Uint32Array): { similarity: number; contained?: true } | null {
  const similarity = estimateSimilarity(paste, saved);
  if (similarity >= NEAR_DUPLICATE_THRESHOLD) return { similarity };
  if (similarity < CONTAINED_FLOOR) return null;
  const na = estimateShingles(paste);
  const nb = estimateShingles(saved);
  if (Math.min(na, nb) < CONTAINED_MIN_SHINGLES) return null;
  const inside = containment(similarity, na, nb);
  const sameLength = (2 * similarity) / (1 + similarity);
  return inside >= CONTAINED_THRESHOLD && inside - sameLength >= CONTAINED_MARGIN ? { similarity, contained: true } : null;
}
