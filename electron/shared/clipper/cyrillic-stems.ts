import { stemmer as russianStem } from '@orama/stemmers/russian';
import { stemmer as ukrainianStem } from '@orama/stemmers/ukrainian';

/**
 * Russian and Ukrainian words by their Snowball stems, which a noun's or an adjective's case
 * endings do not reach: `Вінниці` and `Вінниця`, `вечернего` and `вечерний` each share one.
 */

/** A name's words, lower-cased and stemmed in one of the two languages: `Санкт-Петербурге` → `санкт петербург`. */
export function stemKey(name: string, ukrainian: boolean): string {
  const stem = ukrainian ? ukrainianStem : russianStem;
  return name
    .toLowerCase()
    .split(/[\s-]+/u)
    .map((w) => stem(w))
    .join(' ');
}

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}-]+$/u;
/** The fewest letters a stem needs: shorter ones are shared by too many unrelated words. */
export const MIN_STEM = 3;

const stemsOf = (word: string) => [stemKey(word, false), stemKey(word, true)];

/**
 * `вечерний` = `вечернего`: one Cyrillic word in two cases, by a stem the two share, whichever
 * language's stemmer gives it. The Ukrainian stemmer cuts some forms of a word deeper than others
 * (`світанкова` → `світанк`, `світанкової` → `світанков`), and the Russian one meets it there
 * (`світанкова` → `світанков`).
 */
export function sameCyrillicWord(a: string, b: string): boolean {
  if (!CYRILLIC_WORD.test(a) || !CYRILLIC_WORD.test(b)) return false;
  const theirs = stemsOf(b);
  return stemsOf(a).some((stem) => stem.replace(/\s/gu, '').length >= MIN_STEM && theirs.includes(stem));
}
