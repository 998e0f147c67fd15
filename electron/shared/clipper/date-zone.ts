import type { DateParts } from './date.js';

/**
 * A page's markup dates its article in UTC, and its timestamp line gives the local time and zone:
 * `Nov 19, 2019, 10:31 pm CST` is 20 November in UTC. A timestamp that names its zone is dated as
 * its markup dates it; one without a zone keeps the date it shows.
 */

// Hours from UTC of the zones pages write out. `ET`, `PT` and `IST` stand for more than one offset.
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
  HKT: 8,
  SGT: 8,
  AEST: 10,
  AEDT: 11,
};

const ZONED_TIME = new RegExp(
  `(?<![\\d:])(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*(?:([ap])\\.?m\\.?)?\\s*(${Object.keys(ZONE_HOURS).join('|')})(?![\\p{L}+-])`,
  'giu',
);

/** The one time of day a line gives with its zone, in UTC hours past its local midnight; null when none or several. */
function utcHour(text: string): number | null {
  const found = [...text.matchAll(ZONED_TIME)];
  if (found.length !== 1) return null;
  const [, h, min, half, zone] = found[0]!;
  let hour = Number(h);
  if (hour > 23 || Number(min) > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  return hour + Number(min) / 60 - ZONE_HOURS[zone!.toUpperCase()]!;
}

/** The date of a timestamp line in UTC, when the line gives its time and zone; the date as shown otherwise. */
export function inUtc(text: string, date: DateParts): DateParts {
  const hour = date.year === null ? null : utcHour(text);
  if (hour === null || (hour >= 0 && hour < 24)) return date;
  const shifted = new Date(Date.UTC(date.year!, date.month - 1, date.day + (hour < 0 ? -1 : 1)));
  return { ...date, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}
