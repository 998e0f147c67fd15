import { dateStyle, type DateStyle } from './date-style.svelte.js';

const monthNames = {
  short: new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }),
  long: new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' }),
};
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const pad = (n: number) => String(n).padStart(2, '0');

/** Whether a date field's value is a calendar day as stored (YYYY-MM-DD), not text it could not read. */
export const isIsoDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Whether a date field holds text, its spaces aside, that is no calendar day: what the user typed and Cuttings could not read. */
export const isUnreadableDay = (value: string) => value.trim() !== '' && !isIsoDay(value.trim());

/** A calendar day in the chosen style: 2023-07-03, 3 Jul 2023 or Jul 3, 2023 (month in full for 'long'). */
function day(date: Date, style: DateStyle, length: 'short' | 'long', utc: boolean): string {
  const [y, m, d] = utc
    ? [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]
    : [date.getFullYear(), date.getMonth(), date.getDate()];
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

/** Month names as people type them: the user's language and English, long and short, lower case. */
const typedMonths: Map<string, number> = (() => {
  const names = new Map<string, number>();
  for (const locale of [undefined, 'en']) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++)
        names.set(
          format
            .format(Date.UTC(2000, m, 15))
            .toLowerCase()
            .replace(/\.$/, ''),
          m + 1,
        );
    }
  }
  return names;
})();

function isoIfReal(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A day typed in any of the styles Settings offers (2024-03-28, 28 Mar 2024, Mar 28, 2024, 28 March
 * 2024) or in figures, read day first unless the chosen style puts the month first. YYYY-MM-DD, or
 * null when it is not a real day.
 */
export function parseDay(typed: string, style: DateStyle = dateStyle.current): string | null {
  const text = typed.trim().toLowerCase().replace(/,/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const figures = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (figures) {
    const [a, b, y] = [Number(figures[1]), Number(figures[2]), Number(figures[3])];
    return style === 'month-day-year' ? isoIfReal(y, a, b) : isoIfReal(y, b, a);
  }
  const words = text.split(/\s+/).map((w) => w.replace(/\.$/, ''));
  if (words.length !== 3) return null;
  const monthAt = words.findIndex((w) => typedMonths.has(w));
  const year = words.find((w) => /^\d{4}$/.test(w));
  const day = words.find((w, i) => i !== monthAt && /^\d{1,2}$/.test(w));
  if (monthAt === -1 || !year || !day) return null;
  return isoIfReal(Number(year), typedMonths.get(words[monthAt]!)!, Number(day));
}
