import { findFullDates, formatDate, type DateParts } from './date.js';
import { labelledDates, readMonthDayLine, type LabelledDate } from './date-line.js';
import type { Line } from './lines.js';
import { isTimestampLine, opensOnCredit } from './headline-signals.js';
import { isHeadlineLike } from './title.js';
import { namesOnly } from './byline.js';
import { countWords } from './script.js';
import { isLinkListHeading } from './cruft.js';
import { numbersIssue } from './print-footer.js';

// A header line longer than this is a standfirst or a caption, whose dates are about the story.
const HEADER_LINE_WORDS = 16;

// `21:47`, `8.15 pm`, `6h40`: what a timestamp prints beside its date.
const TIME_OF_DAY = /(?<!\d)\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|[:h]\d{2})(?![\d.])/iu;

const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})(?!\d)/iu;

/** The year a page's copyright line gives, the last one on the page. */
function copyrightYear(lines: readonly Line[]): number | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = lines[i]!.text.length <= 300 ? COPYRIGHT_YEAR.exec(lines[i]!.text) : null;
    if (m) return Number(m[1]);
  }
  return null;
}

// A teaser's headline is a few words at least; a credit before its timestamp is a name or two.
const TEASER_HEADLINE_WORDS = 5;
const SEPARATOR_BEFORE_DATE = /[\s·|•–—-]+$/u;

/**
 * `Dog licence fees now set · 1 June 2026`: a list of other stories over the headline prints each
 * with its date after it, set apart or glued on, on a line that a credit before its timestamp does not read as.
 */
function teaserDated(text: string, dateAt: number): boolean {
  const before = text.slice(0, dateAt).replace(SEPARATOR_BEFORE_DATE, '');
  // A bullet or a dash sets the date apart, or the page glues it on; a label's words run on into it (`Mitteilung vom 3.2.2026`).
  const gap = text.slice(before.length, dateAt);
  if (gap !== '' && !/\S/u.test(gap)) return false;
  return countWords(before) >= TEASER_HEADLINE_WORDS && isHeadlineLike(before) && !opensOnCredit(before) && namesOnly(before) === null;
}

/**
 * The dates of the article on a page pasted whole. A page carries other dates (today's date in its
 * masthead, the timestamps of teasers and comments): only those from its header (`from` up to the
 * body at `bodyStart`) to the end of its body (`to`) are the article's. A header timestamp without
 * a year (`Updated Nov 19, 9:41 AM`, or a line of a month and day alone: `Oct. 3 · 6 min read`) takes
 * the year of the page's copyright line, or else of its latest full date.
 */
export function articleDates(
  lines: readonly Line[],
  dates: readonly LabelledDate[],
  dateLines: readonly number[],
  region: { from: number; bodyStart: number; to: number },
  usMonthFirst: boolean,
): LabelledDate[] {
  // Under a `Related` heading inside the article's run, the dates are those of the stories it lists.
  const listed = lines.findIndex((l, i) => i > region.bodyStart && i <= region.to && isLinkListHeading(l.text));
  const to = listed < 0 ? region.to : listed - 1;
  const inside = dates.filter((_, k) => dateLines[k]! >= region.from && dateLines[k]! <= to);
  if (inside.length) return inside;
  // A date on a header line that says more (`Jane Doe 27/09/2018 Comment!`) still dates the article,
  // as do the labelled dates of a longer one (`Jane Doe, Example Courier Published 6:00 a.m. ET
  // Nov. 19, 2024 | Updated …`).
  for (let i = Math.max(0, region.from); i < region.bodyStart; i++) {
    const text = lines[i]!.text;
    const found = findFullDates(text, usMonthFirst);
    if (found.length && teaserDated(text, found[0]!.index)) continue;
    if (found.length && countWords(text) <= HEADER_LINE_WORDS) return [{ date: found[0]!, label: 'plain' }];
    const labelled = labelledDates(text, found).filter((d) => d.label !== 'plain');
    if (labelled.length) return labelled;
  }
  // Each of them, labelled, so that `Updated Mar 14` above `Published Mar 12` does not date the article.
  const stamps: LabelledDate[] = [];
  for (let i = Math.max(0, region.from); i < region.bodyStart; i++) {
    const text = lines[i]!.text;
    const stamp = readMonthDayLine(text, isTimestampLine(text));
    const year = stamp ? (copyrightYear(lines) ?? yearUpTo(stamp.date, dates)) : null;
    if (stamp && year) stamps.push({ ...stamp, date: { ...stamp.date, year } });
  }
  if (stamps.length) return stamps;
  const above = stampAbove(lines, dates, dateLines, region.from);
  return above.length ? above : stampBelow(dates, dateLines, to);
}

/**
 * The day a page's footer says its story was published or last updated (`Stand: 04.02.2025`,
 * `This article was published on 3 March 2025`), when nothing else dates it: a labelled date below
 * the story, the one day all such dates give, or all those labelled published when the others
 * label updates. Comments and teasers below print unlabelled dates.
 */
function stampBelow(dates: readonly LabelledDate[], dateLines: readonly number[], to: number): LabelledDate[] {
  const below = dates.filter((d, k) => dateLines[k]! > to && d.label !== 'plain' && d.date.year !== null);
  // `Published: 4 May` over `Last updated: 5 May`: the day it was published is the article's.
  const published = below.filter((d) => d.label === 'published');
  const stamps = published.length ? published : below;
  const days = new Set(stamps.map(({ date }) => formatDate(date.year!, date.month, date.day)));
  return days.size === 1 ? stamps.slice(0, 1) : [];
}

/**
 * The year of a month and day no later than the latest full date on the page (today's in its
 * masthead, a new comment's): that date's year, or the one before when the day falls after it.
 */
function yearUpTo(monthDay: DateParts, dates: readonly LabelledDate[]): number | null {
  const stamp = ({ year, month, day }: DateParts) => (year ?? 0) * 10000 + month * 100 + day;
  const latest = dates.reduce<DateParts | null>((a, { date }) => (date.year !== null && (!a || stamp(date) > stamp(a)) ? date : a), null);
  if (!latest?.year) return null;
  return monthDay.month * 100 + monthDay.day <= latest.month * 100 + latest.day ? latest.year : latest.year - 1;
}

/**
 * A page's only timestamp above the article's header (`Sunday, 9 March 2025, 21:47`), when the
 * header has none: the page printed it over a headline the layout did not take for the article's.
 * A timestamp gives a time of day, which the masthead's date of today does not; nor does it number
 * an issue, as a newsletter's or a paper's date line does for the stories under it. Teasers above
 * the story give several timestamps, none of which is the article's.
 */
function stampAbove(lines: readonly Line[], dates: readonly LabelledDate[], dateLines: readonly number[], from: number): LabelledDate[] {
  const stamped = (text: string) => TIME_OF_DAY.test(text) || numbersIssue(text);
  const above = dates.filter((_, k) => dateLines[k]! < from && stamped(lines[dateLines[k]!]!.text));
  const days = new Set(above.map(({ date }) => formatDate(date.year ?? 0, date.month, date.day)));
  return days.size === 1 ? above.slice(0, 1) : [];
}
