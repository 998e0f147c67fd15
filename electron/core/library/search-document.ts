import { indexWords, stemsOfWords } from '../../shared/search/word-forms.js';
import { foldedWords, formLexeme, lexeme } from './search-words.js';

/** The fields of a clip its full-text document is made from. */
export interface SearchableClip {
  title: string | null;
  body: string;
  source: string | null;
  /** As stored: a JSON array of names. */
  byline: string;
  notes: string;
  language: string;
}

/**
 * PostgreSQL's weight classes, ranked by clip_rank (pg-migrations/0030): A the title, B source
 * and byline, C body and notes, D the other forms of the clip's words, each marked by
 * formLexeme so a query tells a word from a form without weights, as the SQLite index keeps
 * forms in a column of their own.
 */
const FIELDS = [
  ['title', 'A'],
  ['source', 'B'],
  ['byline', 'B'],
  ['notes', 'C'],
  ['body', 'C'],
] as const;

/** Empty positions between fields, more than NEAR's longest distance, so no phrase or NEAR spans two fields. */
const FIELD_GAP = 128;
/** PostgreSQL's highest word position; words beyond it share it (phrases there are not found). */
const MAX_POSITION = 16_383;
/** PostgreSQL keeps at most this many positions of one word. */
const MAX_POSITIONS_PER_WORD = 255;
/**
 * PostgreSQL refuses a tsvector over 1 MB; the words of a clip past this many (several hundred
 * pages of text) are not indexed. No article comes near it.
 */
const MAX_WORDS = 40_000;

/**
 * The longest word pair kept in a document's pairs, in bytes with its space: far beyond any two
 * words of a language (a lexeme may not reach 2 KB).
 */
export const MAX_PAIR_BYTES = 1_000;
/** Pairs past this many bytes in all (a book pasted whole) are not kept: the document decides instead. */
const MAX_PAIRS_BYTES = 500_000;
/**
 * What a clip's pairs hold when they are not known: a phrase condition accepts it, and the
 * document itself decides (clips written before the pairs were kept, and very long clips).
 */
export const UNKNOWN_PAIRS = '~all';

/** A clip's full-text document as tsvector literals. */
export interface SearchDocument {
  /** Its words with their positions and weights, and the stems of its language's words (word-forms.ts). */
  words: string;
  /**
   * Each two words that stand side by side in it, as one lexeme ("black sea"), without
   * positions: clips holding a phrase are found by these in the index, without reading any document.
   */
  pairs: string;
}

/** A word's kept positions, and each one as the document writes it ("12C"). */
interface Occurrences {
  at: number[];
  written: string[];
}

/**
 * The clip's full-text document. Built here rather than by PostgreSQL's parser and
 * dictionaries, so a word is a word and a form a form exactly as in the SQLite library, and a
 * search answers the same on both engines.
 */
export function searchDocument(clip: SearchableClip): SearchDocument {
  const occurrences = new Map<string, Occurrences>();
  let next = 1;
  let count = 0;
  const add = (word: string, weight: string) => {
    if (++count > MAX_WORDS) return;
    const at = Math.min(next++, MAX_POSITION);
    let seen = occurrences.get(word);
    if (!seen) occurrences.set(word, (seen = { at: [], written: [] }));
    // Positions clamped to the last one appear once, with the weight of their first word.
    if (seen.at.length >= MAX_POSITIONS_PER_WORD || seen.at[seen.at.length - 1] === at) return;
    seen.at.push(at);
    seen.written.push(`${at}${weight}`);
  };
  const split = {
    title: wordsOf(clip.title),
    source: wordsOf(clip.source),
    byline: wordsOf(clip.byline),
    notes: wordsOf(clip.notes),
    body: wordsOf(clip.body),
  };
  for (const [field, weight] of FIELDS) {
    for (const word of foldedWords(split[field])) add(word, weight);
    next += FIELD_GAP;
  }
  // Read before the forms join the document: forms make no pairs.
  const pairs = pairsOf(occurrences);
  for (const stem of stemsOfWords(clip.language, [split.title, split.body, split.source, split.byline, split.notes])) {
    for (const word of foldedWords(indexWords(stem))) add(formLexeme(word), 'D');
  }
  return {
    words: Array.from(occurrences, ([word, seen]) => `${lexeme(word)}:${seen.written.join(',')}`).join(' '),
    pairs,
  };
}

const wordsOf = (text: string | null) => (text ? indexWords(text) : []);

/**
 * The pairs of words at neighbouring positions, read from the positions the document keeps, so
 * they are exactly the pairs a phrase query (`a <-> b`) finds in it.
 */
function pairsOf(words: ReadonlyMap<string, Occurrences>): string {
  const at = new Map<number, string[]>();
  for (const [word, seen] of words) {
    for (const n of seen.at) {
      const here = at.get(n);
      if (here) here.push(word);
      else at.set(n, [word]);
    }
  }
  const pairs = new Set<string>();
  let bytes = 0;
  for (const [n, firsts] of at) {
    const seconds = at.get(n + 1);
    if (!seconds) continue;
    for (const first of firsts) {
      for (const second of seconds) {
        const pair = `${first} ${second}`;
        const size = Buffer.byteLength(pair);
        if (size > MAX_PAIR_BYTES || pairs.has(pair)) continue;
        if ((bytes += size) > MAX_PAIRS_BYTES) return lexeme(UNKNOWN_PAIRS);
        pairs.add(pair);
      }
    }
  }
  return Array.from(pairs, lexeme).join(' ');
}
