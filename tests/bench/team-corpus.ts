/**
 * Deterministic news-like clips in several languages for the team library's bench: English,
 * Russian, German and French words from syllables of their scripts with their languages'
 * endings (so the stemmers have forms to join), Chinese as runs of characters without spaces
 * (found by substring); Zipf-distributed words, sources, dates, people and places; and the
 * searches people type over such a library (words, phrases, filters, CJK substrings).
 */
import { capital, FIRST_NAMES, LAST_NAMES, lexicon, OUTLETS, paragraphs, pick, PLACES, rng, type Lexicon } from './synthetic-words.js';

export interface TeamClip {
  title: string;
  /** Paragraphs separated by blank lines. */
  body: string;
  language: string;
  source: string;
  byline: string[];
  date: string;
  words: number;
}

interface Language {
  code: string;
  /** Share of the library, out of 100. */
  share: number;
  syllables: string[];
  endings: string[];
  /** Words are joined with this; Chinese has none. */
  space: string;
  stop: string;
}

const LANGUAGES: Language[] = [
  {
    code: 'en',
    share: 40,
    syllables: 'ka ro mi tan vel dor sa lun pre gos ne ter bal qui mor zen ath cor ish umb'.split(' '),
    endings: ['', '', 's', 'ing', 'ed'],
    space: ' ',
    stop: '.',
  },
  {
    code: 'ru',
    share: 20,
    syllables: 'ка ро ми тан вел дор са лун пре гос не тер бал кви мор зен ать кор иш умб'.split(' '),
    endings: ['', 'а', 'ов', 'ами', 'ой', 'ие'],
    space: ' ',
    stop: '.',
  },
  {
    code: 'de',
    share: 15,
    syllables: 'ka ro mü tan vel dör sa lun pre gos ne ter bal quä mor zen sch cor ung umb'.split(' '),
    endings: ['', 'en', 'ung', 'er', 'es'],
    space: ' ',
    stop: '.',
  },
  {
    code: 'fr',
    share: 15,
    syllables: 'ka ro mé tan vel dor sa lun pré gos ne ter bal qui mor zen ère cor eau umb'.split(' '),
    endings: ['', 's', 'ment', 'ée', 'ion'],
    space: ' ',
    stop: '.',
  },
  {
    code: 'zh',
    share: 10,
    // 400 characters from the CJK block, spaced out so they are not all neighbours.
    syllables: Array.from({ length: 400 }, (_, k) => String.fromCodePoint(0x4e00 + k * 37)),
    endings: [''],
    space: '',
    stop: '。',
  },
];

export const SOURCES = [...OUTLETS, 'Вести', '新华社'];
export const TAGS = ['region/europe', 'region/africa', 'region/asia', 'topic/energy', 'topic/trade', 'follow-up'];
export const PEOPLE = FIRST_NAMES.flatMap((f) => LAST_NAMES.map((l) => `${f} ${l}`));
export { PLACES };

const VOCABULARY_SIZE = 20_000;

/** A language's words, most common first, and a Zipf draw over them. */
function languageLexicon(language: Language, seed: number): Lexicon {
  const shape = { syllables: language.syllables, longest: language.code === 'zh' ? 2 : 4, endings: language.endings };
  return lexicon(shape, VOCABULARY_SIZE, rng(seed));
}

/** A search, and the kind of search it stands for (words, phrase, a filter, CJK). */
export interface TeamQuery {
  kind: string;
  text: string;
}

export interface TeamCorpus {
  clip(index: number): TeamClip;
  /** Searches over the library, in the proportions people type them. */
  queries(count: number, seed: number): TeamQuery[];
}

export function teamCorpus(seed = 11): TeamCorpus {
  const lexicons = new Map(LANGUAGES.map((l, k) => [l.code, languageLexicon(l, seed * 31 + k)]));
  const languageAt = (r: number) => {
    let x = r * 100;
    for (const l of LANGUAGES) if ((x -= l.share) < 0) return l;
    return LANGUAGES[0]!;
  };
  function clip(index: number): TeamClip {
    const r = rng(seed * 1_000_003 + index);
    const language = languageAt(r());
    const { draw } = lexicons.get(language.code)!;
    const sentence = (n: number) => Array.from({ length: n }, () => draw(r())).join(language.space);
    const target = 150 + Math.floor(r() * 750);
    const written = paragraphs(r, draw, target, (w) => `${capital(w.join(language.space))}${language.stop}`, language.space);
    const body = written.paragraphs;
    const person = pick(PEOPLE, r);
    body[0] = `${pick(PLACES, r).toUpperCase()} — ${person}: ${body[0]}`;
    const year = 2015 + Math.floor(r() * 11);
    const date = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    return {
      title: capital(sentence(language.code === 'zh' ? 8 : 6)),
      body: body.join('\n\n'),
      language: language.code,
      source: pick(SOURCES, r),
      byline: [pick(PEOPLE, r)],
      date,
      words: written.words,
    };
  }

  /** Two words in a row from a clip's body: a phrase someone remembers. */
  const phrase = (r: () => number) => {
    let c = clip(Math.floor(r() * 10_000));
    while (c.language === 'zh') c = clip(Math.floor(r() * 10_000));
    const words = c.body.split(/\s+/).filter((w) => /^\p{L}+$/u.test(w));
    const at = Math.floor(r() * (words.length - 1));
    return `"${words[at]} ${words[at + 1]}"`;
  };
  /** Three characters in a row from a Chinese clip: a CJK term, found as a substring. */
  const cjk = (r: () => number) => {
    let c = clip(Math.floor(r() * 10_000));
    while (c.language !== 'zh') c = clip(Math.floor(r() * 10_000));
    const runs = c.body.split(/[^\u4e00-\u9fff]+/).filter((run) => run.length >= 3);
    const run = pick(runs, r);
    const at = Math.floor(r() * (run.length - 2));
    return run.slice(at, at + 3);
  };
  const word = (r: () => number, from: number, to: number) => {
    const language = languageAt(r());
    if (language.code === 'zh') return cjk(r);
    return lexicons.get(language.code)!.words[from + Math.floor(r() * (to - from))]!;
  };
  const KINDS: [string, number, (r: () => number) => string][] = [
    ['two words', 30, (r) => `${word(r, 0, 200)} ${word(r, 200, 3_000)}`],
    ['one word', 15, (r) => word(r, 500, 8_000)],
    ['phrase', 15, phrase],
    ['source:', 10, (r) => `source:"${pick(SOURCES, r)}" ${word(r, 100, 2_000)}`],
    ['tag:', 10, (r) => `tag:${pick(TAGS, r)} ${word(r, 100, 2_000)}`],
    ['dates', 5, (r) => `after:${2016 + Math.floor(r() * 8)} before:2025 ${word(r, 50, 1_000)}`],
    ['person:', 5, (r) => `person:"${pick(PEOPLE, r)}" ${word(r, 0, 500)}`],
    ['CJK', 10, cjk],
  ];
  return {
    clip,
    queries(count, querySeed) {
      const r = rng(querySeed);
      return Array.from({ length: count }, () => {
        let x = r() * 100;
        const [kind, , make] = KINDS.find(([, share]) => (x -= share) < 0) ?? KINDS[0]!;
        return { kind, text: make(r) };
      });
    },
  };
}
