import { normalisedWords } from '../dedupe/minhash.js';
import { CJK_CHAR } from './fold.js';
import { STOPWORDS } from './stopwords.js';

/** Only the head of a very long text is read: enough to tell what it is about, and bounded. */
const MAX_CHARS = 60_000;

/**
 * The distinct content words of a whole text, for a quick "how alike are these two clips" that
 * needs no alignment: folded, without function words; CJK runs as character pairs.
 */
export function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of normalisedWords(text.slice(0, MAX_CHARS))) {
    if (CJK_CHAR.test(word)) {
      for (let i = 0; i + 1 < word.length; i++) words.add(word.slice(i, i + 2));
    } else if ((word.length >= 3 || /^\d+$/u.test(word)) && !STOPWORDS.has(word)) words.add(word);
  }
  return words;
}

/** Dice coefficient of two word sets, in [0, 1]; 0 when either is empty. */
export function setDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}
