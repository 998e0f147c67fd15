import { dateStyle, type DateStyle } from './date-style.svelte.js';

const monthNames = {
  short: new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }),
  long: new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' }),
};
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day in the chosen style: 2023-07-03, 3 Jul 2023 or Jul 3, 2023 (month in full for 'long'). */
function day(date: Date, style: DateStyle, length: 'short' | 'long', utc: boolean): string {
  const [y, m, d] = utc ? [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()] : [date.getFullYear(), date.getMonth(), date.getDate()];
  if (style === 'iso') return `${y}-${pad(m + 1)}-${pad(d)}`;
  const month = monthNames[length].format(Date.UTC(2000, m, 15));
  return style === 'month-day-year' ? `${month} ${d}, ${y}` : `${d} ${month} ${y}`;
}

/**
 * A clip's date is a calendar day as the article gave it (YYYY-MM-DD), not a moment: format it in
 * UTC so no time zone can move it to the day before.
 */
export function formatDay(isoDay: string, length: 'short' | 'long' = 'short'): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return day(date, dateStyle.current, length, true);
}

/** A timestamp such as the capture time, in the user's own time zone. */
export function formatMoment(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return `${day(date, dateStyle.current, 'short', false)}, ${timeFormat.format(date)}`;
}

/** How a day looks in a style, for the choices in Settings. */
export function sampleDay(style: DateStyle): string {
  return day(new Date(Date.UTC(2024, 2, 28)), style, 'short', true);
}
