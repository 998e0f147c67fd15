import type { RowChange } from '../api/errors.js';

/** The rows a save names the version of: a change to either is refused when it was read before someone else's. */
export type VersionedRow = 'clip' | 'collection';

/**
 * Words for a save refused because the row changed since it was read. `you` is the member who
 * tried to save, so a change of their own in another tab is named as theirs; `time` writes the
 * moment for whoever reads it (the core in UTC, the app in the reader's own time zone); `then`
 * says what to do next where the edit was made.
 */
export function staleVersionMessage(
  row: VersionedRow,
  change: RowChange,
  you: string | null,
  time: (iso: string) => string,
  then = `Reload to see the ${row} as it is now, then edit again.`,
): string {
  const when = time(change.at);
  const who =
    change.by === null
      ? `This ${row} was changed in another window or by the command line at ${when}`
      : change.by === you
        ? `You changed this ${row} in another window at ${when}`
        : `${change.by} changed this ${row} at ${when}`;
  return `${who}; your edit was not saved. ${then}`;
}

/** A moment as the core writes it: the time in UTC, and the day too when it is not today. */
export function utcMoment(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const time = `${at.toISOString().slice(11, 16)} UTC`;
  return at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10) ? time : `${time} on ${at.toISOString().slice(0, 10)}`;
}
