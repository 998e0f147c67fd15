import fc from 'fast-check';
import { STEMMED_LANGUAGES, wordStem } from '../../electron/shared/search/word-forms.js';
import { nameKey } from '../../electron/shared/text/name-key.js';
import type { SearchClip } from './search-library.js';

/**
 * The search language's meaning written the plain way, for property tests: a query as a tree,
 * printed as a user would type it, and evaluated clip by clip in memory, with no index and no SQL.
 * Only the stemmer itself is shared with the engine.
 */
export type RefQuery =
  | { op: 'and' | 'or'; children: RefQuery[] }
  | { op: 'not'; child: RefQuery }
  | { op: 'word'; text: string; star: boolean }
  | { op: 'phrase'; text: string }
  | { op: 'filter'; field: string; value: string };

// ---- meaning -------------------------------------------------------------------------------

/** Case folded, and accents taken off Latin letters only, as SQLite's unicode61 tokenizer does. */
const fold = (text: string) =>
  [...text.normalize('NFC').toLowerCase()]
    .map((ch) => (/\p{Script=Latin}/u.test(ch) ? ch.normalize('NFD').replace(/\p{M}+/gu, '') : ch))
    .join('');
const tokens = (text: string | null) =>
  text
    ? fold(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
    : [];
const isCjk = (text: string) => /\p{Script=Han}/u.test(text);

function columns(c: SearchClip): string[][] {
  return [c.title, c.body, c.source, JSON.stringify(c.byline), c.notes].map(tokens);
}

function wordMatches(c: SearchClip, text: string, prefix: boolean): boolean {
  if (isCjk(text)) return ['zh', 'ja', 'ko'].includes(c.language) && (c.title.includes(text) || c.body.includes(text));
  const f = fold(text);
  const words = columns(c).flat();
  if (words.some((w) => w === f || (prefix && w.startsWith(f)))) return true;
  const forms = new Set(STEMMED_LANGUAGES.map((l) => fold(wordStem(text, l))));
  if (words.some((w) => forms.has(w))) return true;
  return STEMMED_LANGUAGES.includes(c.language) && words.some((w) => forms.has(fold(wordStem(w, c.language))));
}

function phraseMatches(c: SearchClip, text: string): boolean {
  const wanted = tokens(text);
  return columns(c).some((col) => col.some((_, i) => wanted.every((w, k) => col[i + k] === w)));
}

const lower = (s: string) => s.toLowerCase();
/** A name filter finds every spelling with the name's key (accents, case and spacing aside), and longer names ending in it. */
const nameMatches = (names: readonly string[], v: string) =>
  names.some((n) => nameKey(v) !== '' && (nameKey(n) === nameKey(v) || nameKey(n).endsWith(` ${nameKey(v)}`)));

function filterMatches(c: SearchClip, field: string, v: string): boolean {
  switch (field) {
    case 'source':
      return c.source !== null && lower(c.source).includes(lower(v));
    case 'url':
      return c.url !== null && lower(c.url).includes(lower(v));
    case 'place':
      return nameMatches(c.places, v);
    case 'person':
      return nameMatches(c.people, v);
    case 'org':
      return nameMatches(c.organizations, v);
    case 'said':
      return nameMatches(c.speakers, v);
    case 'tag':
      return c.tags.some((t) => lower(t) === lower(v) || lower(t).startsWith(`${lower(v)}/`));
    case 'lang':
      return c.language === v;
    case 'before':
      return c.date !== null && c.date < v;
    case 'after':
      return c.date !== null && c.date > `${v}~`;
    case 'on':
      return c.date !== null && c.date.startsWith(v);
    case 'has':
      return c.notes !== '';
    default:
      throw new Error(`No reference meaning for ${field}:`);
  }
}

/** The word at the very end of the printed search, if it ends with one: it is being typed. */
function typedWord(q: RefQuery, printed: string): RefQuery | null {
  let last = q;
  while (last.op === 'and' || last.op === 'or' || last.op === 'not') last = last.op === 'not' ? last.child : last.children.at(-1)!;
  return last.op === 'word' && !last.star && printed.endsWith(last.text) ? last : null;
}

function refMatches(q: RefQuery, c: SearchClip, typed: RefQuery | null): boolean {
  switch (q.op) {
    case 'and':
      return q.children.every((x) => refMatches(x, c, typed));
    case 'or':
      return q.children.some((x) => refMatches(x, c, typed));
    case 'not':
      return !refMatches(q.child, c, typed);
    case 'word':
      // The word being typed matches the start of longer words from three letters on.
      return wordMatches(c, q.text, q.star || (q === typed && [...q.text].length >= 3));
    case 'phrase':
      return phraseMatches(c, q.text);
    case 'filter':
      return filterMatches(c, q.field, q.value);
  }
}

/** Ids (1-based, in library order) of the clips the query, printed as `printed`, finds; the trash is never searched. */
export function refSearch(q: RefQuery, printed: string, clips: readonly SearchClip[]): number[] {
  const typed = typedWord(q, printed);
  return clips.flatMap((c, i) => (!c.deleted && refMatches(q, c, typed) ? [i + 1] : []));
}

// ---- printing ------------------------------------------------------------------------------

const compound = (q: RefQuery) => q.op === 'and' || q.op === 'or';

/**
 * As a user would type it, with the freedoms the help allows: AND written or left to a space,
 * "-" or NOT, and parentheses only where OR-binds-tighter-than-AND needs them (or sometimes
 * anyway). `style` picks among the freedoms so that fast-check can shrink them too.
 */
export function printQuery(q: RefQuery, style: readonly boolean[], at = { i: 0 }): string {
  const pick = () => style[at.i++ % Math.max(1, style.length)] ?? false;
  switch (q.op) {
    case 'word':
      return `${q.text}${q.star ? '*' : ''}`;
    case 'phrase':
      return `"${q.text}"`;
    case 'filter':
      return `${q.field}:${/\s/.test(q.value) ? `"${q.value}"` : q.value}`;
    case 'not': {
      const inner = printQuery(q.child, style, at);
      const wrapped = compound(q.child) || q.child.op === 'not' ? `(${inner})` : inner;
      return pick() ? `NOT ${wrapped}` : `-${wrapped}`;
    }
    case 'or':
      return q.children
        .map((x) => {
          const inner = printQuery(x, style, at);
          return x.op === 'and' || (x.op === 'or' && pick()) ? `(${inner})` : inner;
        })
        .join(' OR ');
    case 'and':
      return q.children
        .map((x) => {
          const inner = printQuery(x, style, at);
          return compound(x) && (x.op === 'and' || pick()) ? `(${inner})` : inner;
        })
        .join(pick() ? ' AND ' : ' ');
  }
}

// ---- generating ----------------------------------------------------------------------------

const WORDS = [
  'rescue',
  'rescuers',
  'rescued',
  'rescu',
  'flood',
  'floods',
  'flooded',
  'harvest',
  'harv',
  'grain',
  'festival',
  'fest',
  'veloria',
  'brenmark',
  'ostland',
  'volunteers',
  'volunteer',
  'port',
  'deal',
  'signed',
  'signing',
  'prices',
  'a',
  'of',
  'no',
  'спасатели',
  'спасение',
  'рыбаков',
  'рятувальники',
  'рятувальників',
  'häuser',
  'haus',
  'retter',
  'sauveteurs',
  'sauvetage',
  '救援队',
  '港口',
  'lanterns',
  'wave',
  'council',
];
const PHRASES = ['grain deal', 'second flood wave', 'rescue teams', 'the port', 'rescuers reach', 'festival was rescued'];
const FILTERS: [string, string][] = [
  ['source', 'Harbour Wire'],
  ['source', 'Lakeside'],
  ['source', 'Northfield'],
  ['place', 'Veloria'],
  ['place', 'Ostland'],
  ['place', 'Brenmark'],
  ['place', 'Kestria'],
  ['person', 'Warrender'],
  ['person', 'Tomas Quell'],
  ['org', 'Grain Council'],
  ['said', 'Quell'],
  ['tag', 'region'],
  ['tag', 'region/north'],
  ['tag', 'topic/trade'],
  ['lang', 'en'],
  ['lang', 'ru'],
  ['lang', 'de'],
  ['url', 'lakeside.example'],
  ['url', 'grain'],
  ['after', '2022-06-01'],
  ['after', '2022'],
  ['before', '2023'],
  ['on', '2022-09'],
  ['has', 'notes'],
];

const leaf: fc.Arbitrary<RefQuery> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('word' as const), text: fc.constantFrom(...WORDS), star: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('phrase' as const), text: fc.constantFrom(...PHRASES) }) },
  { weight: 4, arbitrary: fc.constantFrom(...FILTERS).map(([field, value]) => ({ op: 'filter' as const, field, value })) },
);

export const refQuery: fc.Arbitrary<RefQuery> = fc.letrec<{ q: RefQuery }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ op: fc.constantFrom('and' as const, 'or' as const), children: fc.array(tie('q'), { minLength: 2, maxLength: 3 }) }),
    fc.record({ op: fc.constant('not' as const), child: tie('q') }),
  ),
})).q;
