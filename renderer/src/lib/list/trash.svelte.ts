import { api, describeError } from '../api/api.js';
import { library } from './library.svelte.js';
import { libraryInfo } from './library-info.svelte.js';
import { reader } from '../clip/reader.svelte.js';
import { search } from '../search/search.svelte.js';
import { selection } from './selection.svelte.js';
import { clipCount } from '../ui/clip-count.js';
import { toasts } from '../ui/toasts.svelte.js';
import { undoStack } from '../ui/undo.svelte.js';
import { prompt } from '../ui/prompt.svelte.js';

/** Titles named in a confirmation before the rest are counted. */
const NAMED = 4;
const WHAT_GOES = 'Its text, original paste, notes, highlights and places in collections go with it, and cannot be brought back.';
const WHAT_GO = 'Their text, original pastes, notes, highlights and places in collections go with them, and cannot be brought back.';

/**
 * Moving clips to the Trash and back: the clip after them opens, and the notice offers the way
 * back. Deleting for good from the Trash names what goes in a confirmation first, since nothing
 * brings it back.
 */
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

  /** Deletes these clips, all in the Trash, for good, once the user confirms. */
  async deleteForGood(ids: number[]) {
    if (ids.length === 0) return;
    const names = this.#titles(ids);
    const [first] = names;
    const confirmed = await prompt.ask(
      ids.length === 1 && first !== undefined
        ? { title: `Delete “${first}” permanently?`, detail: WHAT_GOES, confirm: 'Delete permanently', danger: true }
        : {
            title: `Delete ${clipCount(ids.length)} permanently?`,
            detail: `${this.#list(names, ids.length)} ${WHAT_GO}`,
            confirm: `Delete ${clipCount(ids.length)}`,
            danger: true,
          },
    );
    if (confirmed === null) return;
    await this.#purge(() => api.call('trash.purge', { ids }), 'Could not delete permanently');
  }

  /** Empties the whole Trash, once the user confirms. */
  async empty() {
    const total = libraryInfo.trashCount;
    if (total === 0) return;
    const names = library.view.kind === 'trash' ? this.#titles(library.rows.held().map((row) => row.id)) : [];
    const confirmed = await prompt.ask({
      title: 'Empty the Trash?',
      detail: `${names.length ? `${this.#list(names, total)} ` : `The ${clipCount(total)} in it. `}${total === 1 ? WHAT_GOES : WHAT_GO}`,
      confirm: `Delete ${clipCount(total)}`,
      danger: true,
    });
    if (confirmed === null) return;
    await this.#purge(() => api.call('trash.empty', {}), 'Could not empty the Trash');
  }

  async #purge(run: () => Promise<{ purged: number[] }>, failure: string) {
    let purged: number[];
    try {
      purged = (await run()).purged;
    } catch (err) {
      toasts.show(`${failure}: ${describeError(err)}`);
      return;
    }
    const gone = new Set(purged);
    if (reader.selectedId !== null && gone.has(reader.selectedId)) await reader.select(null);
    selection.replace(selection.ids().filter((id) => !gone.has(id)));
    await library.refresh();
    toasts.show(`Deleted ${clipCount(purged.length)} permanently.`);
  }

  /** The titles of the clips the list holds, in list order. */
  #titles(ids: number[]): string[] {
    const wanted = new Set(ids);
    return library.rows
      .held()
      .filter((row) => wanted.has(row.id))
      .map((row) => row.title ?? row.excerpt.slice(0, 60).trim() + '…');
  }

  /** “A”, “B”, “C”, “D” and 12 more. */
  #list(names: string[], total: number): string {
    if (names.length === 0) return `${clipCount(total)}.`;
    const shown = names.slice(0, NAMED).map((n) => `“${n}”`);
    const rest = total - shown.length;
    return rest > 0 ? `${shown.join(', ')} and ${rest.toLocaleString()} more.` : `${shown.join(', ')}.`;
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
