import { indexWords } from '../../../shared/search/word-forms.js';

/**
 * A word as the SQLite library's index keeps it (unicode61, remove_diacritics 2): lower-cased,
 * with accents taken off Latin letters only, so "Häuser" is found by "hauser" on both engines.
 */
export function foldWord(word: string): string {
  return [...word.normalize('NFC').toLowerCase()]
    .map((ch) => (/\p{Script=Latin}/u.test(ch) ? ch.normalize('NFD').replace(/\p{M}+/gu, '') : ch))
    .join('');
}

/** A text's words as the index keeps them, in order. */
export function searchWords(text: string | null): string[] {
  return text ? indexWords(text).map(foldWord).filter(Boolean) : [];
}

/** A word as a tsvector or tsquery lexeme: quoted, with quotes and backslashes escaped. */
export function lexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
