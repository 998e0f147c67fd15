import { indexWords } from '../../shared/search/word-forms.js';

const ASCII = /^[\x00-\x7f]*$/;

/** Words outside ASCII already folded: a library's texts repeat their words, and folding one takes a pass per letter. */
const folds = new Map<string, string>();
const FOLD_CACHE_LIMIT = 200_000;

/**
 * A word as the SQLite library's index keeps it (unicode61, remove_diacritics 2): lower-cased,
 * with accents taken off Latin letters only, so "Häuser" is found by "hauser" on both engines.
 */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  let folded = folds.get(word);
  if (folded === undefined) {
    folded = [...word.normalize('NFC').toLowerCase()]
      .map((ch) => (/\p{Script=Latin}/u.test(ch) ? ch.normalize('NFD').replace(/\p{M}+/gu, '') : ch))
      .join('');
    if (folds.size >= FOLD_CACHE_LIMIT) folds.clear();
    folds.set(word, folded);
  }
  return folded;
}

/** PostgreSQL refuses a lexeme of 2 KB or more; no word of a language is that long, only pasted codes. */
const MAX_WORD_BYTES = 2_000;
const fits = (word: string) => word.length > 0 && (word.length * 3 <= MAX_WORD_BYTES || Buffer.byteLength(word) <= MAX_WORD_BYTES);

/** A text's words as the index keeps them, in order; a word too long for PostgreSQL is left out, in documents and queries alike. */
export function searchWords(text: string | null): string[] {
  return text ? foldedWords(indexWords(text)) : [];
}

/** Words split by indexWords as searchWords keeps them. */
export function foldedWords(words: readonly string[]): string[] {
  return words.map(foldWord).filter(fits);
}

const QUOTED = /['\\]/;

/** A word as a tsvector or tsquery lexeme: quoted, with quotes and backslashes escaped. */
export function lexeme(word: string): string {
  return QUOTED.test(word) ? `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : `'${word}'`;
}

/**
 * A form of a clip's word, kept apart from its words by a mark no word contains (words are runs
 * of letters and digits), so a phrase or a word typed in part never meets a form.
 */
export function formLexeme(stem: string): string {
  return `~${stem}`;
}
