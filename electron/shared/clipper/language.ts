import { franc } from 'franc-min';
import { STOPWORDS } from './lexicon/stopwords.js';

const ISO3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  swe: 'sv',
  tur: 'tr',
  ind: 'id',
  vie: 'vi',
};
const LATIN_CANDIDATES = Object.keys(ISO3_TO_1);
// Letters only Ukrainian uses among the Cyrillic languages this app expects.
const UKRAINIAN = /[іїєґІЇЄҐ]/gu;
const RUSSIAN = /[ыэъЫЭЪё]/gu;
const SAMPLE_CHARS = 2000;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

type Script = 'han' | 'kana' | 'hangul' | 'cyrillic' | 'latin' | 'arabic' | 'hebrew' | 'greek';

function scriptOf(code: number): Script | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) return 'latin';
  if (code >= 0x400 && code <= 0x4ff) return 'cyrillic';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 'han';
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if (code >= 0xac00 && code <= 0xd7af) return 'hangul';
  if (code >= 0x600 && code <= 0x6ff) return 'arabic';
  if (code >= 0x590 && code <= 0x5ff) return 'hebrew';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  return null;
}

/**
 * The ISO 639-1 code of the article's language. The script decides first: franc confuses
 * Russian and Ukrainian on short texts, so letters unique to each settle that; franc then picks
 * among Latin-script languages on the whole body.
 */
export function detectLanguage(body: string): string {
  const sample = body.slice(0, SAMPLE_CHARS);
  const scripts: Record<Script, number> = { han: 0, kana: 0, hangul: 0, cyrillic: 0, latin: 0, arabic: 0, hebrew: 0, greek: 0 };
  for (let i = 0; i < sample.length; i++) {
    const script = scriptOf(sample.charCodeAt(i));
    if (script) scripts[script]++;
  }
  const { han, kana, hangul, cyrillic, latin, arabic, hebrew, greek } = scripts;
  const top = Math.max(han + kana, hangul, cyrillic, latin, arabic, hebrew, greek);
  if (top === 0) return 'en';
  if (top === han + kana) return kana > han / 4 ? 'ja' : 'zh';
  if (top === hangul) return 'ko';
  if (top === cyrillic) return count(sample, UKRAINIAN) > count(sample, RUSSIAN) ? 'uk' : 'ru';
  if (top === arabic) return 'ar';
  if (top === hebrew) return 'he';
  if (top === greek) return 'el';
  return byStopwords(sample) ?? ISO3_TO_1[franc(sample, { only: LATIN_CANDIDATES, minLength: 3 })] ?? 'en';
}

// Function words settle an article-length text at a fraction of franc's cost; franc decides
// only when they are too few or too evenly spread.
const MIN_STOPWORD_HITS = 8;

function byStopwords(sample: string): string | null {
  const scores = new Map<string, number>();
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const [lang, words] of Object.entries(STOPWORDS)) if (words.has(m[0])) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0], ranked[1]];
  if (!best || best[1] < MIN_STOPWORD_HITS || (second && best[1] < second[1] * 2)) return null;
  return best[0];
}
