import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';

/**
 * Word forms for search: "rescued", "rescuing" and "rescue" share the stem "rescu", so a search
 * for one finds the others. Stems come from the Snowball algorithms (Ukrainian from Orama's
 * suffix-stripping stemmer in the same package); Chinese needs none, its search being by
 * characters. The index keeps each clip's stems, made by its language's stemmer, and a query
 * word is stemmed by every stemmer, since a query has no language.
 *
 * The index stores what `clipStems` returns, so any change to its output (a new stemmer
 * version, a new rule here) needs a migration that rebuilds the stems, as 0050 does.
 */

type Stemmer = (word: string) => string;

const STEMMERS: Readonly<Record<string, Stemmer>> = {
  en: englishWithDoers,
  de: german,
  fr: french,
  ru: russian,
  uk: ukrainian,
};

export const STEMMED_LANGUAGES = Object.keys(STEMMERS);

/** Shortest stem left after taking off a doer's "-er"/"-or": shorter ones are mostly other words (flower, flow). */
const DOER_MIN_STEM = 5;

/**
 * Snowball keeps the "-er" of "rescuer" (its rules only strip it from longer words), so doers
 * are taken back to their verb here: "rescuers" finds "rescue", "investor" finds "invest".
 */
function englishWithDoers(word: string): string {
  const stem = english(word);
  return /(?:er|or)$/.test(stem) && stem.length - 2 >= DOER_MIN_STEM ? stem.slice(0, -2) : stem;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 unit below the surrogates: 1 a letter, digit or mark, 2 anything else, 0 not yet asked. */
const kinds = new Uint8Array(0xd800);

function isWordCharacter(codePoint: number): boolean {
  if (codePoint >= 0xd800) return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
  let kind = kinds[codePoint]!;
  if (kind === 0) kinds[codePoint] = kind = WORD_CHARACTER.test(String.fromCharCode(codePoint)) ? 1 : 2;
  return kind === 1;
}

/**
 * The words of a text as the index's tokenizer splits them: runs of letters, digits and marks
 * (`text.split(/[^\p{L}\p{N}\p{M}]+/u)` without its empty strings), read a character at a time
 * with each character's kind remembered, since clips are split on every save and search.
 */
export function indexWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isWordCharacter(codePoint)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/** Stems already made, a map per language. */
const caches = new Map<string, Map<string, string>>();
const CACHE_LIMIT = 200_000;

/**
 * A word's stem in one language, lower-cased; the word itself where the language has no stemmer.
 * Accents are left to the index's tokenizer, which folds stems and words alike.
 */
export function wordStem(word: string, language: string): string {
  const stemmer = STEMMERS[language];
  const lower = word.toLowerCase();
  if (!stemmer) return lower;
  let cache = caches.get(language);
  if (!cache) caches.set(language, (cache = new Map()));
  let stem = cache.get(lower);
  if (stem === undefined) {
    stem = stemmer(lower).toLowerCase();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(lower, stem);
  }
  return stem;
}

/** The stems a query word stands for: one per stemmer, since any clip's language may be meant. */
export function queryStems(word: string): string[] {
  return [...new Set(STEMMED_LANGUAGES.map((language) => wordStem(word, language)))];
}

/**
 * What the index keeps of a clip's word forms: each distinct stem that differs from its word
 * (a stem equal to its word is found in the text columns already), space-separated.
 */
export function clipStems(language: string, texts: readonly (string | null)[]): string {
  return stemsOfWords(
    language,
    texts.map((text) => (text ? indexWords(text) : [])),
  ).join(' ');
}

/** The distinct stems of clipStems, in the order first met, from texts already split by indexWords. */
export function stemsOfWords(language: string, texts: readonly (readonly string[])[]): string[] {
  if (!STEMMERS[language]) return [];
  const stems = new Set<string>();
  // A text repeats its words: each is stemmed once.
  const met = new Set<string>();
  for (const words of texts) {
    for (const word of words) {
      if (met.has(word)) continue;
      met.add(word);
      const stem = wordStem(word, language);
      if (stem !== word.toLowerCase()) stems.add(stem);
    }
  }
  return [...stems];
}
