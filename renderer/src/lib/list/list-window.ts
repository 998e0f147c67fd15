/**
 * Fixed-height rows keep the list windowed: the list is as tall as all its clips, but only the
 * rows in view (plus a margin) are in the page and only their pages are loaded, so the scrollbar
 * and End reach the last of 100,000 clips as lightly as the tenth.
 */
export const ROW_HEIGHT = 86;
const OVERSCAN = 6;

/** The rows to put in the page, `first` to `last` (exclusive), for a scroll position. */
export function rowsInView(scrollTop: number, viewportHeight: number, count: number): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT) + OVERSCAN);
  return { first, last: Math.max(first, last) };
}

/** Scrolls the list just enough to show the row at `index`. */
export function scrollRowIntoView(list: HTMLElement, index: number) {
  const top = index * ROW_HEIGHT;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (top + ROW_HEIGHT > list.scrollTop + list.clientHeight) list.scrollTop = top + ROW_HEIGHT - list.clientHeight;
}

/** The row a navigation key moves to from `at` (-1: none open), or null for a key that does not move. */
export function keyTarget(key: string, at: number, viewportHeight: number, count: number): number | null {
  const page = Math.max(1, Math.floor(viewportHeight / ROW_HEIGHT) - 1);
  switch (key) {
    case 'ArrowDown':
      return at + 1;
    case 'ArrowUp':
      return at < 0 ? 0 : at - 1;
    case 'PageDown':
      return at + page;
    case 'PageUp':
      return at - page;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
