import { library } from '../list/library.svelte.js';
import { teamLinks } from './team-links.svelte.js';

/**
 * Shows another library (a team library by its link id, or the personal one): the ids of clips,
 * collections and tags picked in one mean nothing in the other, so the window starts again from
 * All clips, nothing open.
 */
export async function switchLibrary(id: string | null): Promise<void> {
  if (id === (teamLinks.active?.id ?? null)) return;
  teamLinks.show(id);
  await library.restart();
}
