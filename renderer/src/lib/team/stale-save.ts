import { ApiError } from '../../../../electron/shared/api/errors.js';
import { staleVersionMessage, type VersionedRow } from '../../../../electron/shared/edit/stale-version.js';
import { team } from './team.svelte.js';

/** A moment in the reader's own time zone: the time, and the day too when it is not today. */
function localMoment(iso: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  return at.toDateString() === new Date().toDateString() ? time : `${time} on ${at.toLocaleDateString()}`;
}

/**
 * Words for a save refused because someone changed the clip or collection since it was read, in
 * the reader's time zone and naming the signed-in member's own changes as theirs; `then` says what
 * to do next where the view offers more than editing again. Null for any other failure.
 */
export function staleSaveMessage(err: unknown, row: VersionedRow, then?: string): string | null {
  if (!(err instanceof ApiError) || err.code !== 'stale_version') return null;
  return err.changed ? staleVersionMessage(row, err.changed, team.member?.name ?? null, localMoment, then) : err.message;
}
