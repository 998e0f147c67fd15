import { formatDate } from './date.js';
import type { LabelledDate } from './date-line.js';
import type { Dateline } from './dateline.js';

const RANK = { published: 0, plain: 1, updated: 2 } as const;

/**
 * The article's date: the dateline's own date first, then a Published/Posted timestamp, then an
 * unlabelled one, and an Updated one only when nothing else is given. A dateline without a year
 * borrows it from the paste's timestamp lines, or when there are none from a copyright line's
 * single year, and stays null when neither gives one.
 */
export function pickArticleDate(
  dateline: Dateline | null,
  dates: readonly LabelledDate[],
  copyrightYear: number | null = null,
): string | null {
  const ranked = [...dates].sort((a, b) => RANK[a.label] - RANK[b.label]);
  const best = ranked[0]?.date ?? null;
  const own = dateline?.date;
  if (own) {
    // With no timestamp line, a wire's `© 2026 Example` under its story gives the year it was sent in.
    let year = own.year ?? (dates.length === 0 ? copyrightYear : null);
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

// `© 2026 Example`, `Copyright 2026 Example`, `© Example, 2026.`: one year, not a span (`© 2004–2026`), which dates the site.
const COPYRIGHT_YEAR = /^(?:©|\(c\)|copyright)\s*(?:[^\d,]{2,40},\s*)?((?:19|20)\d{2})(?!\s*[-–]\s*\d)(?:[\s.]|$)/iu;

/** The year a copyright line of the paste gives, when exactly one does. */
export function copyrightYear(texts: readonly string[]): number | null {
  const years = new Set(texts.map((t) => COPYRIGHT_YEAR.exec(t.trim())?.[1]).filter((y): y is string => y !== undefined));
  return years.size === 1 ? Number([...years][0]) : null;
}
