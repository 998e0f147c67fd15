/**
 * MinHash signatures over word shingles, with LSH banding, so near-duplicates (a syndicated wire
 * story, an updated version) are found by bucket lookup instead of comparing every clip.
 */

export const SIGNATURE_SIZE = 128;
/** 32 bands of 4 rows: pairs at Jaccard 0.8 collide in some band with probability ≈ 1. */
export const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;
const SHINGLE_WORDS = 3;

/** Lower-case words with punctuation and accents folded away, so typography does not matter. */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const seeds = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

function shingles(words: string[]): Set<number> {
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

export function minhashSignature(text: string): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles(normalisedWords(text))) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(s, seeds[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two texts' shingle sets. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * The number of distinct shingles behind a signature, from how low its minima fall: each is the
 * least of that many uniform hashes, so their mean is about 2^32 / (n + 1). Within about a tenth.
 */
export function estimateShingles(sig: Uint32Array): number {
  let sum = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) sum += (sig[i]! + 1) / 2 ** 32;
  return Math.max(1, (SIGNATURE_SIZE - 1) / sum);
}

/**
 * The share of the shorter text's shingles that the longer one has too, from the two texts'
 * Jaccard similarity and shingle counts: near 1 when one text is the other with passages added or
 * cut, as a story is updated, though their Jaccard similarity is low.
 */
export function containment(jaccard: number, na: number, nb: number): number {
  return Math.min(1, (jaccard * (na + nb)) / ((1 + jaccard) * Math.min(na, nb)));
}

/** One bucket per band: clips sharing any (band, bucket) are near-duplicate candidates. */
export function lshBuckets(sig: Uint32Array): number[] {
  const buckets: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = mix(h, sig[b * ROWS + r]!);
    buckets.push(h | 0);
  }
  return buckets;
}

/** Normalised text for the exact-duplicate check: the same words in the same order. */
export function contentKey(text: string): string {
  return normalisedWords(text).join(' ');
}
