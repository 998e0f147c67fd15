/**
 * Deterministic news-like text for the benchmark: a Zipf-distributed vocabulary (so common and
 * rare words behave as in real text), names, places, dates and quotes, from a seeded generator.
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

// 20 syllables in words of one to four: 168,420 possible words, plenty for a 20,000-word vocabulary.
const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'tan',
  'vel',
  'dor',
  'sa',
  'lun',
  'pre',
  'gos',
  'ne',
  'ter',
  'bal',
  'qui',
  'mor',
  'zen',
  'ath',
  'cor',
  'ish',
  'umb',
];
const FIRST = ['Anna', 'Oleg', 'Maria', 'James', 'Li', 'Fatima', 'Pedro', 'Ingrid', 'Kofi', 'Yuki', 'Samir', 'Elena', 'Tomás', 'Grace'];
const LAST = ['Kovalenko', 'Martin', 'Okafor', 'Lindqvist', 'Chen', 'Haddad', 'Silva', 'Novak', 'Tanaka', 'Brennan', 'Petrov', 'Duarte'];
const PLACES = [
  'Kyiv',
  'Brussels',
  'Nairobi',
  'Lima',
  'Hanoi',
  'Oslo',
  'Almaty',
  'Dakar',
  'Quito',
  'Tbilisi',
  'Porto',
  'Halifax',
  'Gdańsk',
];
const OUTLETS = ['Reuters', 'AP', 'AFP', 'The Ledger', 'Harbour Times', 'Northern Post', 'Daily Courier'];

function makeVocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + Math.floor(random() * 4);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

export interface SyntheticArticles {
  vocabulary: string[];
  article(index: number, words?: number): string;
  /** A query of two words: one common, one rarer, as people type them. */
  query(random: () => number): string;
}

export function syntheticArticles(seed = 7): SyntheticArticles {
  const vocabulary = makeVocabulary(20_000, rng(seed));
  // Zipf: the k-th word is drawn with weight 1/k, by inverting the cumulative sum.
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= vocabulary.length; k++) cumulative.push((total += 1 / k));
  const draw = (r: number) => {
    const x = r * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo]!;
  };
  const pick = <T>(list: readonly T[], r: () => number) => list[Math.floor(r() * list.length)]!;

  return {
    vocabulary,
    article(index, words = 600) {
      const r = rng(seed * 1_000_003 + index);
      const person = `${pick(FIRST, r)} ${pick(LAST, r)}`;
      const place = pick(PLACES, r);
      const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
      const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
      const title = Array.from({ length: 6 }, () => draw(r())).join(' ');
      const paragraphs: string[] = [];
      let count = 0;
      while (count < words) {
        const sentences: string[] = [];
        for (let s = 0; s < 3; s++) {
          const w = Array.from({ length: 12 + Math.floor(r() * 10) }, () => draw(r()));
          count += w.length;
          const sentence = w.join(' ');
          sentences.push(
            s === 1 && r() < 0.3
              ? `“${sentence[0]!.toUpperCase()}${sentence.slice(1)},” said ${person}.`
              : `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`,
          );
        }
        paragraphs.push(sentences.join(' '));
      }
      paragraphs[0] = `${place.toUpperCase()}, ${month}/${day} (${pick(OUTLETS, r)}) - ${person} ${paragraphs[0]}`;
      return `${title[0]!.toUpperCase()}${title.slice(1)}\n\nBy ${pick(FIRST, r)} ${pick(LAST, r)}\n\n${paragraphs.join('\n\n')}`;
    },
    query(random) {
      const common = vocabulary[Math.floor(random() * 200)]!;
      const rarer = vocabulary[200 + Math.floor(random() * 3_000)]!;
      return `${common} ${rarer}`;
    },
  };
}
