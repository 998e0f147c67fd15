import { indexWords, stemsOfWords } from '../../shared/search/word-forms.js';
import { foldedWords, formLexeme } from './search-words.js';
import { binaryTsvector, sortedBinaryTsvector, weightedPosition } from './tsvector-binary.js';

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

/** A clip's full-text document, as tsvectors in PostgreSQL's binary form (tsvector-binary.ts). */
export interface SearchDocument {
  /** Its words with their positions and weights, and the stems of its language's words (word-forms.ts). */
  words: Buffer;
  /**
   * Each two words that stand side by side in it, as one lexeme ("black sea"), without
   * positions: clips holding a phrase are found by these in the index, without reading any document.
   */
  pairs: Buffer;
}

/** A word's kept positions, each with its weight (tsvector-binary.ts), and the last of them. */
interface Occurrences {
  last: number;
  at: number[];
}

/**
 * The pairs of words at neighbouring kept positions, gathered as the positions are given out, so
 * they are exactly the pairs a phrase query (`a <-> b`) finds in the document. Positions only
 * grow, but the last one is shared by every word past it, so a position holds a list of words.
 * Each pair is kept under its first word, so that the pairs come out sorted from the document's
 * words sorted, without a sort of their own.
 */
class NeighbourPairs {
  private readonly followers = new Map<string, Set<string>>();
  private before: string[] = [];
  private beforeAt = -1;
  private here: string[] = [];
  private hereAt = -1;

  /** `word` is kept at position `at`. */
  add(word: string, at: number): void {
    if (at !== this.hereAt) {
      this.before = this.here;
      this.beforeAt = this.hereAt;
      this.here = [];
      this.hereAt = at;
    }
    this.here.push(word);
    if (this.beforeAt !== at - 1) return;
    for (const first of this.before) {
      let next = this.followers.get(first);
      if (!next) this.followers.set(first, (next = new Set()));
      next.add(word);
    }
  }

  /**
   * The pairs as a tsvector; UNKNOWN_PAIRS alone when they are too many bytes to keep. `words`
   * is every word added, sorted: no word holds a space or anything sorted before it, so "a b"
   * comes before "ab c" as "a" comes before "ab", and pairs sort by their first word, then their second.
   */
  tsvector(words: readonly string[]): Buffer {
    const kept: string[] = [];
    // A UTF-16 unit is at most 3 bytes of UTF-8, so most pairs need no count of their bytes.
    let atMost = 0;
    for (const first of words) {
      const next = this.followers.get(first);
      if (!next) continue;
      for (const second of next.size > 1 ? [...next].sort() : next) {
        const pair = `${first} ${second}`;
        if (pair.length * 3 > MAX_PAIR_BYTES && Buffer.byteLength(pair) > MAX_PAIR_BYTES) continue;
        kept.push(pair);
        atMost += pair.length * 3;
      }
    }
    if (atMost > MAX_PAIRS_BYTES && kept.reduce((bytes, pair) => bytes + Buffer.byteLength(pair), 0) > MAX_PAIRS_BYTES) {
      return binaryTsvector([UNKNOWN_PAIRS]);
    }
    return sortedBinaryTsvector(kept);
  }
}

/**
 * The clip's full-text document. Built here rather than by PostgreSQL's parser and
 * dictionaries, so a word is a word and a form a form exactly as in the SQLite library, and a
 * search answers the same on both engines. A clip repeats its words, so each distinct word is
 * folded once.
 */
export function searchDocument(clip: SearchableClip): SearchDocument {
  const occurrences = new Map<string, Occurrences>();
  const pairs = new NeighbourPairs();
  let next = 1;
  let count = 0;
  /** Gives the word the next position; returns the position when the document keeps it. */
  const add = (word: string, weight: string): number | null => {
    if (++count > MAX_WORDS) return null;
    const at = Math.min(next++, MAX_POSITION);
    const seen = occurrences.get(word);
    if (!seen) {
      occurrences.set(word, { last: at, at: [weightedPosition(at, weight)] });
      return at;
    }
    // Positions clamped to the last one appear once, with the weight of their first word.
    if (seen.at.length >= MAX_POSITIONS_PER_WORD || seen.last === at) return null;
    seen.last = at;
    seen.at.push(weightedPosition(at, weight));
    return at;
  };
  const folded = new Map<string, string | null>();
  const fold = (raw: string) => {
    let word = folded.get(raw);
    if (word === undefined) folded.set(raw, (word = foldedWords([raw])[0] ?? null));
    return word;
  };
  const split = {
    title: wordsOf(clip.title),
    source: wordsOf(clip.source),
    byline: wordsOf(clip.byline),
    notes: wordsOf(clip.notes),
    body: wordsOf(clip.body),
  };
  for (const [field, weight] of FIELDS) {
    for (const raw of split[field]) {
      const word = fold(raw);
      if (word === null) continue;
      const at = add(word, weight);
      if (at !== null) pairs.add(word, at);
    }
    next += FIELD_GAP;
  }
  // Forms make no pairs.
  for (const stem of stemsOfWords(clip.language, [split.title, split.body, split.source, split.byline, split.notes])) {
    for (const word of foldedWords(indexWords(stem))) add(formLexeme(word), 'D');
  }
  const lexemes = [...occurrences.keys()].sort();
  return {
    words: sortedBinaryTsvector(lexemes, (word) => occurrences.get(word)!.at),
    pairs: pairs.tsvector(lexemes),
  };
}

const wordsOf = (text: string | null) => (text ? indexWords(text) : []);
