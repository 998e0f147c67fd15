import { clipStems } from '../../shared/search/word-forms.js';
import { formLexeme, lexeme, searchWords } from './search-words.js';

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
 * The clip's full-text document as a tsvector literal: its words with their positions and
 * weights, and the stems of its language's words (word-forms.ts). Built here rather than by
 * PostgreSQL's parser and dictionaries, so a word is a word and a form a form exactly as in the
 * SQLite library, and a search answers the same on both engines.
 */
export function searchDocument(clip: SearchableClip): string {
  const positions = new Map<string, string[]>();
  let next = 1;
  let words = 0;
  const add = (word: string, weight: string) => {
    if (++words > MAX_WORDS) return;
    const at = Math.min(next++, MAX_POSITION);
    const list = positions.get(word) ?? [];
    if (list.length < MAX_POSITIONS_PER_WORD) list.push(`${at}${weight}`);
    positions.set(word, list);
  };
  for (const [field, weight] of FIELDS) {
    for (const word of searchWords(clip[field])) add(word, weight);
    next += FIELD_GAP;
  }
  const stems = clipStems(clip.language, [clip.title, clip.body, clip.source, clip.byline, clip.notes]);
  for (const stem of searchWords(stems)) add(formLexeme(stem), 'D');
  return [...positions].map(([word, at]) => `${lexeme(word)}:${dedupe(at).join(',')}`).join(' ');
}

/** Positions clamped to the last one appear once, with the weight of their first word. */
function dedupe(at: string[]): string[] {
  const seen = new Set<string>();
  return at.filter((p) => {
    const n = p.slice(0, -1);
    if (seen.has(n)) return false;
    seen.add(n);
    return true;
  });
}
