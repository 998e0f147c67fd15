/**
 * What the benchmark's generated libraries are made of (synthetic-text.ts in English,
 * team-corpus.ts in several languages): a seeded generator, Zipf-distributed vocabularies (so
 * common and rare words behave as in real text), names, places and outlets, and paragraphs of
 * sentences drawn from a vocabulary.
 */

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FIRST_NAMES = [
  'Anna',
  'Oleg',
  'Maria',
  'James',
  'Li',
  'Fatima',
  'Pedro',
  'Ingrid',
  'Kofi',
  'Yuki',
  'Samir',
  'Elena',
  'Tomás',
  'Grace',
];
export const LAST_NAMES = [
  'Kovalenko',
  'Martin',
  'Okafor',
  'Lindqvist',
  'Chen',
  'Haddad',
  'Silva',
  'Novak',
  'Tanaka',
  'Brennan',
  'Petrov',
  'Duarte',
];
export const PLACES = ['Kyiv', 'Brussels', 'Nairobi', 'Lima', 'Hanoi', 'Oslo', 'Almaty', 'Dakar', 'Quito', 'Tbilisi', 'Porto', 'Halifax'];
export const OUTLETS = ['Reuters', 'AP', 'AFP', 'The Ledger', 'Harbour Times', 'Northern Post', 'Daily Courier'];

export const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length)]!;

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** How a vocabulary's words are built: one to `longest` syllables, then one of the endings if any are given. */
export interface WordShape {
  syllables: readonly string[];
  longest: number;
  endings?: readonly string[];
}

/** A vocabulary, most common word first, and a Zipf draw over it (the k-th word weighs 1/k). */
export interface Lexicon {
  words: string[];
  draw(r: number): string;
}

export function lexicon(shape: WordShape, size: number, random: () => number): Lexicon {
  const words = new Set<string>();
  while (words.size < size) {
    let w = '';
    for (let i = 0, n = 1 + Math.floor(random() * shape.longest); i < n; i++)
      w += shape.syllables[Math.floor(random() * shape.syllables.length)];
    words.add(shape.endings ? w + shape.endings[Math.floor(random() * shape.endings.length)] : w);
  }
  const list = [...words];
  // The draw inverts the cumulative sum of the weights.
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= list.length; k++) cumulative.push((total += 1 / k));
  const draw = (r: number) => {
    const x = r * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
  return { words: list, draw };
}

/**
 * Paragraphs of three sentences, each of 12 to 21 drawn words, until they hold at least `target`
 * words. `sentence` writes out a sentence's words (the second of three is `index` 1).
 */
export function paragraphs(
  r: () => number,
  draw: (r: number) => string,
  target: number,
  sentence: (words: string[], index: number) => string,
  space = ' ',
): { paragraphs: string[]; words: number } {
  const written: string[] = [];
  let count = 0;
  while (count < target) {
    const sentences: string[] = [];
    for (let s = 0; s < 3; s++) {
      const words = Array.from({ length: 12 + Math.floor(r() * 10) }, () => draw(r()));
      count += words.length;
      sentences.push(sentence(words, s));
    }
    written.push(sentences.join(space));
  }
  return { paragraphs: written, words: count };
}
