import { formatDate } from './date.js';
import type { LabelledDate } from './date-line.js';
import type { Dateline } from './dateline.js';

const RANK = { published: 0, plain: 1, updated: 2 } as const;

/**
 * The article's date: the dateline's own date first, then a Published/Posted timestamp, then an
 * unlabelled one, and an Updated one only when nothing else is given. A dateline without a year
 * borrows it from the paste's timestamp lines, and stays null when none gives one.
 */
export function pickArticleDate(dateline: Dateline | null, dates: readonly LabelledDate[]): string | null {
  const ranked = [...dates].sort((a, b) => RANK[a.label] - RANK[b.label]);
  const best = ranked[0]?.date ?? null;
  const own = dateline?.date;
  if (own) {
    let year = own.year;
    if (year === null && best?.year) {
      year = best.year;
      // A late-December dateline on a story stamped in early January belongs to the year before.
      if (own.month === 12 && best.month === 1) year--;
      else if (own.month === 1 && best.month === 12) year++;
    }
    return year === null ? null : formatDate(year, own.month, own.day);
  }
  return best?.year ? formatDate(best.year, best.month, best.day) : null;
}
