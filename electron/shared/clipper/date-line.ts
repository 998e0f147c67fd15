import { findFullDates, findMonthDay, type DateParts } from './date.js';
import { READING_TIME_TEXT } from './lexicon/cruft-phrases.js';
import { WEEKDAYS } from './lexicon/months.js';
import { alternation, DATE_LABELS, LABEL_LINKS, PUBLISHED_LABELS, TIME_WORDS, UPDATED_LABELS } from './lexicon/stamp-labels.js';

export type DateLabel = 'published' | 'updated' | 'plain';

export interface LabelledDate {
  date: DateParts;
  label: DateLabel;
}

// A magazine dates its story on the web apart from its issue: `Published online May 3, 2026`.
const PUBLISHED = new RegExp(
  `(?:${alternation(PUBLISHED_LABELS)})(?:\\s+(?:online|en ligne|онлайн))?\\s*(?:${alternation(LABEL_LINKS)})?\\s*[:：]?\\s*$`,
  'iu',
);
const UPDATED = new RegExp(`(?:${alternation(UPDATED_LABELS)})\\s*(?:${alternation(LABEL_LINKS)})?\\s*[:：]?\\s*$`, 'iu');

const ZONES = 'GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|JST|KST|IST|AEST|AEDT|HKT|SGT|WIB|WITA|WIT';

/**
 * Hours east of UTC of the zones a timestamp may name with a fixed offset. CST is read as the
 * English-language press mostly writes it (US Central); ET and PT, which change with the season,
 * and IST, which names two, are left out: a day is not shifted on a guess.
 */
const ZONE_HOURS: Readonly<Record<string, number>> = {
  GMT: 0,
  UTC: 0,
  BST: 1,
  CET: 1,
  CEST: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  JST: 9,
  KST: 9,
  AEST: 10,
  AEDT: 11,
  HKT: 8,
  SGT: 8,
  WIB: 7,
  WITA: 8,
  WIT: 9,
};

// `10:31 pm CST`, `23:05 GMT+3`, `8.15 a.m. EDT`: a time of day and the zone it is told in.
const ZONED_TIME = new RegExp(
  `(?<![\\d:.])(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2})?\\s*(?:([aApP])\\.?\\s?[mM]\\.?)?\\s*\\(?(${Object.keys(ZONE_HOURS).join('|')})(?![\\p{L}])(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?`,
  'gu',
);

/**
 * The date as the day it was in UTC, when its line gives one time of day with its zone: a library
 * mixing reports from many zones dates them on one clock, as pages' machine-readable dates do.
 */
export function utcDay(date: DateParts, line: string): DateParts {
  const times = [...line.matchAll(ZONED_TIME)];
  if (times.length !== 1 || date.year === null) return date;
  const [, hour, minute, half, zone, sign, offsetHours, offsetMinutes] = times[0]!;
  let hours = Number(hour) % (half ? 12 : 24);
  if (half && /p/i.test(half)) hours += 12;
  if (Number(hour) > (half ? 12 : 23) || Number(minute) > 59) return date;
  const offset = ZONE_HOURS[zone!]! * 60 + (sign ? (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0)) : 0);
  const shift = Math.floor((hours * 60 + Number(minute) - offset) / 1440);
  if (shift === 0) return date;
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day + shift));
  return { ...date, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

// What may stand beside a date on a timestamp line: times, zones, labels, a source or editor tag.
const NOISE: readonly RegExp[] = [
  // The story's reading time goes first, whole: its label's words (`Temps de lecture`) are no date's.
  new RegExp(READING_TIME_TEXT, 'giu'),
  /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?/giu,
  // French times: `18h05`, `7 h 30`.
  /\b\d{1,2}\s?h\s?\d{2}\b/giu,
  new RegExp(`\\b(?:${ZONES})\\b(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?`, 'gu'),
  /(?:source|editor|来源|来源于|编辑|责任编辑|источник|quelle)\s*[:：]\s*[^|]*/giu,
  // A publishing platform names the publication or section the post is in: `Published in Example Notes · 5 min read · …`.
  /(?:^|[|·•])\s*(?:published|posted|filed)\s+in\s+[^|·•\d]*/giu,
  new RegExp(
    `(?<!\\p{L})(?:${alternation(PUBLISHED_LABELS, UPDATED_LABELS, DATE_LABELS, LABEL_LINKS, TIME_WORDS)}|г|р|року|года|ago|hours?|minutes?|mins?|days?|just now|time|原创)(?!\\p{L})`,
    'giu',
  ),
  // A blog's count of comments beside its date: `November 3, 2024 - 3 Comments`.
  /(?<!\p{L})(?:comments?|responses?|replies|kommentare?|commentaires?|комментари\p{L}*|коментар\p{L}*)(?!\p{L})/giu,
  // A relative time printed beside the date: `il y a 2 heures`, `vor 3 Stunden`, `2 часа назад`.
  /(?<!\p{L})(?:il y a|heures?|vor|stunden?|tagen|назад|час(?:а|ов)?|минут[ыу]?|тому|годин[иу]?|хвилин[иу]?)(?!\p{L})/giu,
  /\d+/gu,
];

// What may stand between a label and its date, a word at a time: `Updated 6:40 pm MST, Friday,`,
// `Published 0715 GMT (1515 SGT)`, `POSTED: 16:20, Sat,`.
const BETWEEN_LABEL_AND_DATE = new RegExp(
  `^(?:\\d{1,2}(?:[:.h]\\d{2}){1,2}(?:[ap]\\.?m\\.?)?|\\d{3,4}|[ap]\\.?m\\.?|${ZONES}|${alternation(TIME_WORDS.flatMap((w) => w.split(' ')))}|)$`,
  'iu',
);

function labelBefore(prefix: string): DateLabel {
  let label = prefix;
  for (let m; (m = /(\S+)\s*$/u.exec(label));) {
    const word = m[1]!.replace(/^[([]+|[)\],.;|·•–—-]+$/gu, '');
    if (!BETWEEN_LABEL_AND_DATE.test(word) && !WEEKDAYS.has(word.toLowerCase().replace(/\.$/u, ''))) break;
    label = label.slice(0, m.index);
  }
  if (UPDATED.test(label)) return 'updated';
  if (PUBLISHED.test(label)) return 'published';
  return 'plain';
}

// `Jane Doe | Example Wire 3 May 2026 | 13:47`: the writer's name before a bar opens a byline's timestamp.
// A credit's word before the name (`Von Jane Doe | …`) makes the line a byline, read as one.
const NAME_BEFORE_BAR = /^(?!(?:By|BY|Von|VON|Par|PAR|Por|Автор)\s)(?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’.-]+\s*[|·•]\s*/u;

/**
 * The dates of a timestamp line (`Published 2 May 2021, 08:30 BST`, `Posted: … | Last Updated: …`,
 * `Source: Xinhua| 2021-05-02 08:30:00|Editor: abc`), each with its label; null when the line
 * says more than a timestamp does.
 */
export function readDateLine(text: string, usMonthFirst: boolean): LabelledDate[] | null {
  if (text.length > 160) return null;
  const dates = findFullDates(text, usMonthFirst);
  if (!dates.length || !saysOnlyWhen(text, dates)) return null;
  return labelledDates(text, dates);
}

/**
 * The month and day of a timestamp line that leaves out the year (`Oct. 3 · 6 min read`,
 * `Tuesday, March 12`, `Le 12 mars à 14h05`, `Jane Doe | March 12`, `Updated Mar 14`), as a site
 * prints this year's stories, with the label before it; null when the line gives a year or says
 * more than a timestamp does (which a line known for one, `stamped`, may).
 */
export function readMonthDayLine(text: string, stamped = false): LabelledDate | null {
  if (text.length > 160) return null;
  const date = findMonthDay(text);
  if (!date || date.year !== null || !(stamped || saysOnlyWhen(text, [date]))) return null;
  return { date, label: labelBefore(text.slice(0, date.index)) };
}

/** Whether a line says nothing but when (its dates, times, zones, labels), beside a writer's name before a bar. */
function saysOnlyWhen(text: string, dates: readonly DateParts[]): boolean {
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
  rest = rest.replace(NAME_BEFORE_BAR, ' ');
  for (const re of NOISE) rest = rest.replace(re, ' ');
  const words = rest.match(/\p{L}[\p{L}'’.-]*/gu)?.filter((w) => !WEEKDAYS.has(w.toLowerCase().replace(/\.$/u, ''))) ?? [];
  return words.length <= 2;
}

/**
 * The full dates of a line, each with the label before it (`Updated …`, `Published …`), as
 * `findFullDates` found them; a line's only date is taken to its UTC day.
 */
export function labelledDates(text: string, dates: readonly DateParts[]): LabelledDate[] {
  let from = 0;
  return dates.map((date) => {
    const label = labelBefore(text.slice(from, date.index));
    from = date.index + date.length;
    return { date: dates.length === 1 ? utcDay(date, text) : date, label };
  });
}
