const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const momentFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * A clip's date is a calendar day as the article gave it (YYYY-MM-DD), not a moment: format it in
 * UTC so no time zone can move it to the day before.
 */
export function formatDay(isoDay: string, style: 'short' | 'long' = 'short'): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return (style === 'long' ? longDayFormat : dayFormat).format(date);
}

/** A timestamp such as the capture time, in the user's own time zone. */
export function formatMoment(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  return Number.isNaN(date.getTime()) ? isoTimestamp : momentFormat.format(date);
}
