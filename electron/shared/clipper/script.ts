/** Character-class helpers shared by the extractors. */

/** Words in a text; a run of CJK characters counts by its characters since CJK has no spaces. */
export function countWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)) {
    const cjk = m[0].match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu);
    n += cjk ? Math.max(1, Math.ceil(cjk.length / 2)) : 1;
  }
  return n;
}

export function isUpperWord(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** `JON` → `Jon`, `ANNE-MARIE` → `Anne-Marie`; mixed-case words (`McAllister`) are left alone. */
export function titleCaseWord(word: string): string {
  if (!isUpperWord(word) || word.length < 2) return word;
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function endsSentence(text: string): boolean {
  return /[.!?…。！？]["”’»」)]*$/u.test(text);
}

export function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*$/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)\p{Lu}/u;

/** `WestJet`, `FortisBC`: a brand writes a capital inside its one word; a surname's `Mc`, `Mac`, `De` do too, and are no brand. */
export function isInnerCapitalBrand(word: string): boolean {
  return INNER_CAPITAL.test(word) && !SURNAME_PREFIX.test(word);
}
