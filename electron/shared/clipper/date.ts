import { MONTHS, MONTHS_BY_DAY_DOT, MONTH_PATTERN } from './lexicon/months.js';
import { alternation, TIME_WORDS } from './lexicon/stamp-labels.js';

/** A calendar date as written; the year is missing when the text gives only a month and day. */
export interface DateParts {
  year: number | null;
  month: number;
  day: number;
  /** Where the date sits in the text searched, so callers can cut it out. */
  index: number;
  length: number;
}

// A month's name is read as a word and looked up (\`monthOf\`): an alternation of every language's
// names, tried at each letter of a long page, costs several times more.
const M = `(\\p{L}[\\p{L}\\p{M}'’]*)`;
// Hungarian and Lithuanian write it in lower case.
const LOWER_M = `(\\p{Ll}[\\p{L}\\p{M}'’]*)`;
// Years may run straight into a time ("20235:42" in some web pastes), so no boundary after them.
const FULL_DATE_FORMS: ReadonlyArray<{ re: RegExp; order: 'ymd' | 'dmy' | 'mdy' | 'dMy' | 'Mdy' | 'yMd' | 'ydM' }> = [
  { re: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/gu, order: 'ymd' },
  { re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu, order: 'ymd' },
  { re: /(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu, order: 'ymd' },
  { re: /(?<!\d)(\d{4})[./](\d{1,2})[./](\d{1,2})(?!\d)/gu, order: 'ymd' },
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})/gu, order: 'dmy' },
  // Czech, Slovak, Slovenian and Croatian put a space after each dot: `14. 9. 2026`.
  { re: /(?<![\d.])(\d{1,2})\. (\d{1,2})\. (\d{4})/gu, order: 'dmy' },
  // Hungarian writes the year first, each part closed by a dot: `2026. 09. 14.`.
  { re: /(?<![\d.])(\d{4})\. (\d{1,2})\. (\d{1,2})\.(?!\d)/gu, order: 'ymd' },
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})/gu, order: 'mdy' },
  { re: /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)/gu, order: 'mdy' },
  // A two-digit year is read only on a timestamp, where a time of day follows: `11/19/19 06:56 AM`, `19.11.19, 18:56`.
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{2})(?=,?\s+\d{1,2}:\d{2})/gu, order: 'mdy' },
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?=,?\s+\d{1,2}[:.]\d{2})/gu, order: 'dmy' },
  { re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er|(?:st|nd|rd|th)(?:\\s+of)?)?\\.?\\s+${M}\\.?,?\\s+(\\d{4})`, 'giu'), order: 'dMy' },
  { re: new RegExp(`(?<![\\p{L}\\d-])(\\d{1,2})-${M}-(\\d{4})`, 'giu'), order: 'dMy' },
  // Spanish and Portuguese join the parts: `22 de outubro de 2010`.
  { re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+de\\s+${M}\\s+de\\s+(\\d{4})`, 'giu'), order: 'dMy' },
  { re: new RegExp(`(?<!\\p{L})${M}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'giu'), order: 'Mdy' },
  // Hungarian and Lithuanian write the year first and the month in lower case: `2026. május 8.`,
  // `2026 m. gegužės 8 d.`. A sentence that ends on a year before a capitalised month is no date.
  { re: new RegExp(`(?<![\\d.])(\\d{4})(?:\\.|\\s+m\\.)\\s+${LOWER_M}\\.?\\s+(\\d{1,2})(?:\\.|\\s+d\\.)`, 'gu'), order: 'yMd' },
  // Latvian names the year and puts the day before the month: `2026. gada 8. maijs`.
  { re: new RegExp(`(?<![\\d.])(\\d{4})\\.\\s+gada\\s+(\\d{1,2})\\.\\s+${M}(?!\\p{L})`, 'giu'), order: 'ydM' },
];

const MONTH_DAY_FORMS: ReadonlyArray<{ re: RegExp; order: 'dM' | 'Md' | 'cjk' | 'dm' }> = [
  { re: /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu, order: 'cjk' },
  // A numeric day and month closed by dots is read only where a time of day follows, as a story of
  // this year is stamped: `3.11. klo 18.40`, `03.11., 18:40 Uhr`.
  {
    re: new RegExp(
      `(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(?=,?\\s+(?:(?:${alternation(TIME_WORDS)})\\.?\\s+)?\\d{1,2}[:.]\\d{2}(?!\\d))`,
      'giu',
    ),
    order: 'dm',
  },
  { re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+${M}(?!\\p{L})`, 'giu'), order: 'dM' },
  { re: new RegExp(`(?<!\\p{L})${M}\\.?\\s+(\\d{1,2})(?!\\d)`, 'giu'), order: 'Md' },
];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(year: number | null, month: number, day: number): boolean {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!)) return false;
  if (year === null) return true;
  if (year < 1900 || year > 2200) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

// Digits of other scripts (`２０２１`, `٢٠٢١`, `२०२१`). Each script's digits run from 0 to 9 in
// consecutive code points; those in the Basic Multilingual Plane are one UTF-16 unit, like an ASCII
// digit, so reading them as ASCII keeps every index into the text.
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    if (d.length > 1 || d <= '9') return d;
    const code = d.charCodeAt(0);
    let zero = code;
    while (/\p{Nd}/u.test(String.fromCharCode(zero - 1))) zero--;
    return String((code - zero) % 10);
  });
}

/**
 * The month a name gives (0 for none); `dayDotted` tells whether a dot closes the day before it
 * (`3. listopada`), null when no day stands before it, where a name two languages read apart gives none.
 */
function monthOf(name: string, dayDotted: boolean | null = null): number {
  const word = name.toLowerCase().replace(/\.$/, '');
  const byDot = MONTHS_BY_DAY_DOT.get(word);
  if (byDot) return dayDotted === null ? 0 : dayDotted ? byDot.dotted : byDot.bare;
  return MONTHS.get(word) ?? 0;
}

const DOTTED_DAY = /^\d{1,2}\./u;

/**
 * Full dates (with a year) in a short text, in order. `usMonthFirst` picks how to read an
 * ambiguous `03/04/2023`.
 */
export function findFullDates(raw: string, usMonthFirst = true): DateParts[] {
  const text = asciiDigits(raw);
  const found: DateParts[] = [];
  for (const { re, order } of FULL_DATE_FORMS) {
    for (const m of text.matchAll(re)) {
      const [a, b, c] = [m[1]!, m[2]!, m[3]!];
      let y: number, mo: number, d: number;
      if (order === 'ymd') [y, mo, d] = [+a, +b, +c];
      else if (order === 'dmy') [d, mo, y] = [+a, +b, +c];
      else if (order === 'mdy') [mo, d, y] = usMonthFirst && +a <= 12 ? [+a, +b, +c] : [+b, +a, +c];
      else if (order === 'dMy') [d, mo, y] = [+a, monthOf(b, DOTTED_DAY.test(m[0])), +c];
      else if (order === 'yMd') [y, mo, d] = [+a, monthOf(b), +c];
      else if (order === 'ydM') [y, d, mo] = [+a, +b, monthOf(c, true)];
      else [mo, d, y] = [monthOf(a), +b, +c];
      if (y < 100) y += 2000;
      // `11.19.2024`: a dotted date that cannot be read day first is an American one, month first.
      if (order === 'dmy' && !valid(y, mo, d) && valid(y, d, mo)) [mo, d] = [d, mo];
      if (!valid(y, mo, d)) continue;
      if (found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
      found.push({ year: y, month: mo, day: d, index: m.index, length: m[0].length });
    }
  }
  return found.sort((x, y) => x.index - y.index);
}

const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})(?![\d/-])/gu;

/** What a page says of where it is written, besides its dates: the order its numeric dates most likely take. */
export interface DateOrderCues {
  /** The language of the text, as first guessed. */
  language: string;
  /** The language tag its markup declares (`en-GB`, `fr`, `en_US`), when the paste came with one. */
  locale?: string | null | undefined;
  /** The page's own address. */
  url?: string | null | undefined;
}

// The countries whose calendars write the month first (the United States, the Philippines and
// the Pacific states in free association with the US); Canada writes both orders, so its code says nothing.
const MONTH_FIRST_REGIONS = new Set(['us', 'ph', 'fm', 'pw', 'mh']);
const MIXED_REGIONS = new Set(['ca']);
// Country codes sold as general-purpose domains (`.io`, `.tv`, `.co`): the site may be anywhere.
const VANITY_DOMAINS = new Set([
  'ac',
  'ai',
  'am',
  'as',
  'bz',
  'cc',
  'co',
  'gg',
  'gl',
  'im',
  'io',
  'la',
  'ly',
  'me',
  'ms',
  'nu',
  'sh',
  'so',
  'tk',
  'to',
  'tv',
  'vc',
  'ws',
]);

/** Month first (true), day first (false) or unknown (null) for a country's two-letter code. */
function regionMonthFirst(region: string | undefined): boolean | null {
  const r = region?.toLowerCase();
  if (!r || r.length !== 2 || MIXED_REGIONS.has(r)) return null;
  return MONTH_FIRST_REGIONS.has(r);
}

// `12 March 2024`, `March 12, 2024`: the two orders a date written with its month's name takes.
const DAY_BEFORE_MONTH = new RegExp(`(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:${MONTH_PATTERN})\\.?,?\\s+\\d{4}(?!\\d)`, 'iu');
const MONTH_BEFORE_DAY = new RegExp(`(?<!\\p{L})(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)`, 'iu');

/**
 * Month first (true) or day first (false) as the page writes its dates in words, when it writes
 * them in one order only: a site that prints `12 March 2024` writes `12/03/2024` too.
 */
function wordOrderMonthFirst(text: string): boolean | null {
  const dayFirst = DAY_BEFORE_MONTH.test(text);
  const monthFirst = MONTH_BEFORE_DAY.test(text);
  return dayFirst === monthFirst ? null : monthFirst;
}

/**
 * Whether a page's ambiguous `03/04/2023` most likely reads month first, from where it is written:
 * its address's country code (`.co.uk`, `.de`; not one sold to sites anywhere), else the region of
 * the language tag its markup declares (`en-GB`), or that tag's language when it is not English
 * (`fr`: day first), else the order it writes its dates in words in, else the text's language,
 * where only English is taken to be American.
 */
function guessMonthFirst(text: string, cues: DateOrderCues): boolean {
  const host = cues.url ? /^[a-z][a-z\d+.-]*:\/\/(?:[^@/?#\s]*@)?([^/:?#\s]+)/iu.exec(cues.url.trim())?.[1] : undefined;
  const tld = host?.replace(/\.$/u, '').split('.').pop()?.toLowerCase();
  const fromAddress = tld && /^[a-z]{2}$/u.test(tld) && !VANITY_DOMAINS.has(tld) ? regionMonthFirst(tld) : null;
  if (fromAddress !== null) return fromAddress;
  const [tongue, region] = (cues.locale ?? '').trim().toLowerCase().split(/[-_]/u);
  if (tongue && /^[a-z]{2,3}$/u.test(tongue)) {
    const fromRegion = regionMonthFirst(region);
    if (fromRegion !== null) return fromRegion;
    if (tongue !== 'en') return false;
  }
  return wordOrderMonthFirst(text) ?? cues.language === 'en';
}

/**
 * Whether a paste writes its numeric dates month first (`11/19/2021`). A site keeps one order, so a
 * date that reads only one way (a day past 12) settles how to read the ambiguous `03/05/2021` beside
 * it; where none does, or the paste mixes both orders, the page's other cues decide (`guessMonthFirst`).
 */
export function readsMonthFirst(text: string, cues: DateOrderCues): boolean {
  let dayFirst = false;
  let monthFirst = false;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? guessMonthFirst(text, cues) : monthFirst;
}

/** A month and day with or without a year (a dateline's `June 13`, `4月12日`), the first one found. */
export function findMonthDay(raw: string): DateParts | null {
  const full = findFullDates(raw)[0];
  const text = asciiDigits(raw);
  if (full) return full;
  let best: DateParts | null = null;
  for (const { re, order } of MONTH_DAY_FORMS) {
    for (const m of text.matchAll(re)) {
      const [mo, d] =
        order === 'Md'
          ? [monthOf(m[1]!), +m[2]!]
          : order === 'dM'
            ? [monthOf(m[2]!, DOTTED_DAY.test(m[0])), +m[1]!]
            : order === 'dm'
              ? [+m[2]!, +m[1]!]
              : [+m[1]!, +m[2]!];
      if (!valid(null, mo, d)) continue;
      if (!best || m.index < best.index) best = { year: null, month: mo, day: d, index: m.index, length: m[0].length };
      break;
    }
  }
  return best;
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
