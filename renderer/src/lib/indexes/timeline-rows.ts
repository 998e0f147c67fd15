import type { TimelineBucket } from '../api/models.js';

export type TimelineRow =
  | { kind: 'month'; month: string; count: number }
  /** Months in a row with no clips, shown as one line: `from` and `to` are the first and last of them. */
  | { kind: 'gap'; from: string; to: string; months: number };

/**
 * Runs of empty months shorter than this stay as empty bars, keeping the rhythm of a busy
 * stretch; longer runs fold into one line, so a clip from years ago does not bring a screenful
 * of empty months with it.
 */
export const FOLD_EMPTY_RUN = 3;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The timeline's lines, oldest first, from the months that have clips (in order, as the API gives them). */
export function timelineRows(buckets: readonly TimelineBucket[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let previous: number | null = null;
  for (const bucket of buckets) {
    const at = monthIndex(bucket.month);
    if (previous !== null) {
      const empty = at - previous - 1;
      if (empty >= FOLD_EMPTY_RUN) rows.push({ kind: 'gap', from: monthAt(previous + 1), to: monthAt(at - 1), months: empty });
      else for (let i = previous + 1; i < at; i++) rows.push({ kind: 'month', month: monthAt(i), count: 0 });
    }
    rows.push({ kind: 'month', month: bucket.month, count: bucket.count });
    previous = at;
  }
  return rows;
}
