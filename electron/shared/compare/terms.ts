import { CJK_CHAR, foldCase } from './fold.js';
import { readNumbers } from './number-words.js';
import { stem } from './stem.js';
import { STOPWORDS } from './stopwords.js';
import { synonymKey } from './synonyms.js';

/** Content terms of a text, each with how much it counts beyond its rarity. */
export type TermBag = Map<string, number>;

/** Numbers and names are the strongest anchors: two reports rarely share them by chance. */
const NUMBER_BOOST = 2;
const NAME_BOOST = 1.5;

/** Words, numbers (with their group separators, French no-break spaces included) and CJK runs. */
const TOKEN =
  /\p{N}+(?:(?:[.,]|[\u00a0\u202f\u2009])\p{N}+)*|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|\p{L}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*/gu;

/** The content terms of a sentence or quote: folded, stop words dropped, numbers read, stemmed. */
export function contentTerms(text: string): TermBag {
  const bag: TermBag = new Map();
  const put = (term: string, boost: number) => bag.set(term, Math.max(bag.get(term) ?? 0, boost));
  const words: string[] = [];
  const capitalised = new Set<string>();
  for (const [token] of text.matchAll(TOKEN)) {
    if (CJK_CHAR.test(token)) {
      // Written without spaces: overlapping character pairs stand in for words.
      if (token.length === 1) put(token, 1);
      for (let i = 0; i + 1 < token.length; i++) put(token.slice(i, i + 2), 1);
      continue;
    }
    const folded = foldCase(token)
      .replace(/['’]s$/u, '')
      .replace(/[\u00a0\u202f\u2009]/gu, '');
    if (/^\p{Lu}/u.test(token)) capitalised.add(folded);
    words.push(folded);
  }
  for (const word of readNumbers(words)) {
    if (/^\d/u.test(word)) {
      put(word, NUMBER_BOOST);
      continue;
    }
    if (STOPWORDS.has(word) || word.length < 2) continue;
    put(stem(synonymOf(word)), capitalised.has(word) ? NAME_BOOST : 1);
  }
  return bag;
}

function synonymOf(word: string): string {
  const direct = synonymKey(word);
  if (direct !== word) return direct;
  const singular = word.replace(/s$/u, '');
  const key = synonymKey(singular);
  return key !== singular ? key : word;
}
