import { capital, FIRST_NAMES, LAST_NAMES, lexicon, OUTLETS, paragraphs, pick, PLACES, rng } from './synthetic-words.js';

/**
 * Deterministic news-like English text for the benchmark: names, places, dates and quotes over
 * a Zipf-distributed vocabulary, from a seeded generator.
 */

// 20 syllables in words of one to four: 168,420 possible words, plenty for a 20,000-word vocabulary.
const ENGLISH = { syllables: 'ka ro mi tan vel dor sa lun pre gos ne ter bal qui mor zen ath cor ish umb'.split(' '), longest: 4 };
const ARTICLE_PLACES = [...PLACES, 'Gdańsk'];

export interface SyntheticArticles {
  vocabulary: string[];
  article(index: number, words?: number): string;
  /** A query of two words: one common, one rarer, as people type them. */
  query(random: () => number): string;
}

export function syntheticArticles(seed = 7): SyntheticArticles {
  const { words: vocabulary, draw } = lexicon(ENGLISH, 20_000, rng(seed));
  return {
    vocabulary,
    article(index, words = 600) {
      const r = rng(seed * 1_000_003 + index);
      const person = `${pick(FIRST_NAMES, r)} ${pick(LAST_NAMES, r)}`;
      const place = pick(ARTICLE_PLACES, r);
      const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
      const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
      const title = Array.from({ length: 6 }, () => draw(r())).join(' ');
      const body = paragraphs(r, draw, words, (w, s) => {
        const sentence = capital(w.join(' '));
        return s === 1 && r() < 0.3 ? `“${sentence},” said ${person}.` : `${sentence}.`;
      }).paragraphs;
      body[0] = `${place.toUpperCase()}, ${month}/${day} (${pick(OUTLETS, r)}) - ${person} ${body[0]}`;
      return `${capital(title)}\n\nBy ${pick(FIRST_NAMES, r)} ${pick(LAST_NAMES, r)}\n\n${body.join('\n\n')}`;
    },
    query(random) {
      const common = vocabulary[Math.floor(random() * 200)]!;
      const rarer = vocabulary[200 + Math.floor(random() * 3_000)]!;
      return `${common} ${rarer}`;
    },
  };
}
