import type { DateSuggestion } from '../models/clip-draft.js';
import type { Line } from './lines.js';
import { countWords } from './script.js';
import { englishDay } from '../text/english-date.js';

/** A time a page gives only as a distance from when it was shown: `22 hours ago`, `вчера в 10:42`. */
export interface RelativeTime {
  /** The words as the page writes them. */
  written: string;
  amount: number;
  unit: 'minute' | 'hour' | 'day';
}

type Unit = RelativeTime['unit'];

// Beyond these a page shows a date; a bigger figure is a count of something else.
const MOST: Record<Unit, number> = { minute: 600, hour: 72, day: 31 };

// A figure, or the article or numeral that means one (`an hour ago`, `vor einer Stunde`, `一天前`).
const AMOUNT = String.raw`(\d{1,3}|an?|one|eine[mr]?|une?|una?|uma?|[一二两三四五六七八九十]{1,3})`;
const ONE = /^(?:an?|one|eine[mr]?|une?|una?|uma?)$/iu;
const CJK_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

// A letter or digit may not touch the phrase on either side (`\b` knows only ASCII letters).
const B = String.raw`(?<![\p{L}\d])`;
const E = String.raw`(?![\p{L}\d])`;

/** Each language's `N units ago`, with the unit a word names. */
const AGO: readonly { pattern: RegExp; unit: (word: string) => Unit | null }[] = [
  {
    pattern: new RegExp(String.raw`${B}${AMOUNT}\s*(minutes?|mins?|hours?|hrs?|h|days?|d)\.?\s+ago${E}`, 'iu'),
    unit: (w) => (/^m/iu.test(w) ? 'minute' : /^h/iu.test(w) ? 'hour' : 'day'),
  },
  {
    pattern: new RegExp(String.raw`${B}vor\s+${AMOUNT}\s+(Minuten?|Min\.?|Stunden?|Std\.?|Tag(?:en)?)${E}`, 'iu'),
    unit: (w) => (/^m/iu.test(w) ? 'minute' : /^s/iu.test(w) ? 'hour' : 'day'),
  },
  {
    pattern: new RegExp(String.raw`${B}il\s+y\s+a\s+${AMOUNT}\s*(minutes?|min|heures?|h|jours?)${E}`, 'iu'),
    unit: (w) => (/^m/iu.test(w) ? 'minute' : /^h/iu.test(w) ? 'hour' : 'day'),
  },
  {
    // Spanish `hace`, Portuguese `há`.
    pattern: new RegExp(String.raw`${B}(?:hace|há)\s+${AMOUNT}\s+(minutos?|min|horas?|h|días?|dias?)${E}`, 'iu'),
    unit: (w) => (/^m/iu.test(w) ? 'minute' : /^h/iu.test(w) ? 'hour' : 'day'),
  },
  {
    // Russian `назад`, Ukrainian `тому` (and `назад`); without a figure the unit means one.
    pattern: new RegExp(
      String.raw`${B}(?:(\d{1,3})\s+)?(минут[уы]?|мин\.?|час(?:а|ов)?|д(?:ень|ня|ней)|хвилин[уи]?|хв\.?|годин[уи]?|год\.?|д(?:ні|нів))\s+(?:назад|тому)${E}`,
      'iu',
    ),
    unit: (w) => (/^(?:мин|хв)/iu.test(w) ? 'minute' : /^(?:час|год)/iu.test(w) ? 'hour' : 'day'),
  },
  {
    pattern: new RegExp(String.raw`${AMOUNT}\s*(分钟|小时|个小时|天)前`, 'u'),
    unit: (w) => (w === '分钟' ? 'minute' : w === '天' ? 'day' : 'hour'),
  },
];

// Words that introduce a page's timestamp: `Published 22 hours ago`, `Оновлено 3 години тому`.
const LABEL = String.raw`(?:(?:first\s+)?published|updated|posted|last\s+updated|veröffentlicht|aktualisiert|stand|publié|mis\s+à\s+jour|publicado|actualizado|atualizado|опубликовано|обновлено|опубліковано|оновлено|发布(?:于|时间)?|更新(?:于|时间)?)\s*[:：]?`;
// `yesterday`, alone or with the hour, is the whole line: `Gestern, 18:30 Uhr`, `вчера в 10:42`, `昨天 10:42`.
const YESTERDAY = new RegExp(
  String.raw`^(?:${LABEL}\s*)?(?:(yesterday|gestern|ayer|ontem|вчера|вчора|昨天)|(hier))(?:\s*,?\s*(?:at|um|à|a\s+las|às|в|о)?\s*(\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?))?\s*$`,
  'iu',
);

function amountOf(word: string | undefined): number | null {
  if (word === undefined) return 1;
  if (/^\d+$/u.test(word)) return Number(word);
  if (ONE.test(word)) return 1;
  if (word === '十') return 10;
  const tens = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(word);
  if (tens) return (tens[1] ? CJK_DIGITS[tens[1]]! : 1) * 10 + (tens[2] ? CJK_DIGITS[tens[2]]! : 0);
  return CJK_DIGITS[word] ?? null;
}

// A line of a page's header that gives the time says little else: a label, a name, a separator.
const HEADER_LINE_WORDS = 12;

/** The relative time a short line gives, or null. */
export function readRelativeTime(line: string): RelativeTime | null {
  const text = line.trim();
  if (countWords(text) > HEADER_LINE_WORDS) return null;
  const yesterday = YESTERDAY.exec(text);
  // French `hier` alone is a word of a headline's kind; with the hour it is a timestamp.
  if (yesterday && (yesterday[1] || yesterday[3])) return { written: text, amount: 1, unit: 'day' };
  for (const { pattern, unit } of AGO) {
    const m = pattern.exec(text);
    if (!m) continue;
    const amount = amountOf(m[1]);
    const u = unit(m[2]!);
    if (amount === null || u === null || amount < 1 || amount > MOST[u]) continue;
    return { written: m[0].trim(), amount, unit: u };
  }
  return null;
}

/**
 * Whether a line is a relative time and nothing else (`3 hours ago`, `il y a 2 heures`, `2 часа
 * назад`): a live page's entry stamp as the page was shown, which goes stale; never the story's text.
 */
export function isRelativeTimeLine(line: string): boolean {
  const found = readRelativeTime(line);
  return found !== null && found.written === line.trim();
}

/**
 * The relative time of the article's header: the lines from just above its headline (`from`) to
 * the first line of its body (`to`, excluded), leaving out the headline itself. A relative time
 * further down belongs to a comment or a teaser.
 */
export function findHeaderRelativeTime(lines: readonly Line[], from: number, to: number, title: number | null): RelativeTime | null {
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    if (i === title) continue;
    const found = readRelativeTime(lines[i]!.text);
    if (found) return found;
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day, on the calendar of `now`'s time zone, that a relative time means when read at `now`. */
export function dayOf(time: RelativeTime, now: Date): string {
  const then = new Date(now.getTime());
  if (time.unit === 'day') then.setDate(then.getDate() - time.amount);
  else then.setTime(now.getTime() - time.amount * (time.unit === 'hour' ? 3_600_000 : 60_000));
  return `${then.getFullYear()}-${pad(then.getMonth() + 1)}-${pad(then.getDate())}`;
}

/** What the review says about a page dated only relatively; the CLI prints the same words. */
export function dateSuggestionNotice(suggestion: DateSuggestion): string {
  const day = englishDay(suggestion.date) ?? suggestion.date;
  return suggestion.yearless
    ? `The article gives its day, “${suggestion.written}”, but no year. If it is from the last twelve months, that is ${day}: set the date if so.`
    : `The page dates the article only as “${suggestion.written}”. If you copied it just now, that is ${day}: set the date if so.`;
}

/** The latest day on or before `now` with this month and day: `Feb 20` read in March 2026 is 2026-02-20. */
export function suggestYear(written: string, month: number, day: number, now: Date): DateSuggestion {
  let year = now.getFullYear();
  if (month > now.getMonth() + 1 || (month === now.getMonth() + 1 && day > now.getDate())) year--;
  return { written, date: `${year}-${pad(month)}-${pad(day)}`, yearless: true };
}

/** The day a relative time means when the paste is read at `now`, offered for the user to take or leave. */
export function suggestDate(time: RelativeTime, now: Date): DateSuggestion {
  return { written: time.written, date: dayOf(time, now) };
}
