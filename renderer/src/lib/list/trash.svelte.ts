import { api, describeError } from '../api/api.js';
import { library } from './library.svelte.js';
import { reader } from '../clip/reader.svelte.js';
import { search } from '../search/search.svelte.js';
import { selection } from './selection.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { undoStack } from '../ui/undo.svelte.js';

/** Moving clips to the Trash and back: the clip after them opens, and the notice offers the way back. */
class TrashStore {
  async moveToTrash(ids: number[]) {
    const next = this.#neighbour(ids);
    try {
      await api.call('clips.trash', { ids });
    } catch (err) {
      toasts.show(`Could not move to the Trash: ${describeError(err)}`);
      return;
    }
    selection.single(next);
    await Promise.all([library.refresh(), reader.select(next)]);
    const what = ids.length === 1 ? 'Moved to Trash.' : `Moved ${ids.length.toLocaleString()} clips to Trash.`;
    undoStack.offer(what, () => this.#undoTrash(ids));
  }

  /** Takes clips out of the Trash; the notice shows the one restored in All clips, or undoes several. */
  async restore(ids: number[]) {
    const next = this.#neighbour(ids);
    try {
      await api.call('clips.restore', { ids });
    } catch (err) {
      toasts.show(`Could not restore: ${describeError(err)}`);
      return;
    }
    selection.single(next);
    await Promise.all([library.refresh(), reader.select(next)]);
    const [first] = ids;
    if (ids.length === 1 && first !== undefined) toasts.show('Restored to All clips.', { label: 'Show', run: () => library.reveal(first) });
    else undoStack.offer(`Restored ${ids.length.toLocaleString()} clips to All clips.`, () => this.moveToTrash(ids));
  }

  async #undoTrash(ids: number[]) {
    try {
      await api.call('clips.restore', { ids });
    } catch (err) {
      toasts.show(`Could not undo: ${describeError(err)}`);
      return;
    }
    const first = ids[0];
    if (library.view.kind === 'all' && ids.length === 1 && first !== undefined) await library.reveal(first);
    else await library.refresh();
  }

  /** The row to select once `ids` leave the list: the next one, else the previous. */
  #neighbour(ids: number[]): number | null {
    const rows = search.active ? search.results.held() : library.rows.held();
    const leaving = new Set(ids);
    const at = rows.findIndex((row) => leaving.has(row.id));
    if (at === -1) return null;
    const after = rows.slice(at).find((row) => !leaving.has(row.id));
    const before = rows.slice(0, at).findLast((row) => !leaving.has(row.id));
    return (after ?? before)?.id ?? null;
  }
}

export const trash = new TrashStore();
