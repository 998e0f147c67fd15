/** A line of the review, by its place in the list, or a run of page furniture folded into one row. */
export type ReviewRow = { kind: 'line'; index: number } | { kind: 'run'; key: string; indexes: number[] };

/** Shorter runs stay open: folding one or two lines hides more than it saves. */
export const MIN_FOLDED_RUN = 3;

interface FoldableLine {
  text: string;
  at: number;
  cruft: boolean;
}

/**
 * The review's rows: each run of at least `MIN_FOLDED_RUN` consecutive lines the clipper left out
 * becomes one row, so a whole-page paste shows its article instead of a column of menus. A run
 * stays one row after the user restores some of its lines, so opening it keeps its place; its key
 * is its first line's, stable while the review is open.
 */
export function reviewRows(lines: readonly FoldableLine[]): ReviewRow[] {
  const rows: ReviewRow[] = [];
  let run: number[] = [];
  const closeRun = () => {
    if (run.length >= MIN_FOLDED_RUN) rows.push({ kind: 'run', key: runKey(lines[run[0]!]!), indexes: run });
    else rows.push(...run.map((index) => ({ kind: 'line' as const, index })));
    run = [];
  };
  lines.forEach((line, index) => {
    if (line.cruft) {
      run.push(index);
      return;
    }
    closeRun();
    rows.push({ kind: 'line', index });
  });
  closeRun();
  return rows;
}

const runKey = (line: FoldableLine) => `${line.at}:${line.text}`;
