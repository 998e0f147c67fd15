import { api, describeError } from '../api/api.js';
import { reader } from '../clip/reader.svelte.js';
import { prompt } from '../ui/prompt.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { library } from './library.svelte.js';
import { selection } from './selection.svelte.js';

/** Titles named in a confirmation before the rest are counted. */
const NAMED = 4;
const WHAT_GOES = 'Its text, original paste, notes, highlights and places in collections go with it, and cannot be brought back.';
const WHAT_GO = 'Their text, original pastes, notes, highlights and places in collections go with them, and cannot be brought back.';

const clipsWord = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'clip' : 'clips'}`;

/**
 * Deleting for good from the Trash: what goes is named in a confirmation first, since nothing
 * brings it back (the one act in Cuttings without Undo).
 */
class TrashStore {
  /** Deletes these clips, all in the Trash, for good, once the user confirms. */
  async deleteForGood(ids: number[]) {
    if (ids.length === 0) return;
    const names = this.#titles(ids);
    const [first] = names;
    const confirmed = await prompt.ask(
      ids.length === 1 && first !== undefined
        ? { title: `Delete “${first}” permanently?`, detail: WHAT_GOES, confirm: 'Delete permanently', danger: true }
        : { title: `Delete ${clipsWord(ids.length)} permanently?`, detail: `${this.#list(names, ids.length)} ${WHAT_GO}`, confirm: `Delete ${clipsWord(ids.length)}`, danger: true },
    );
    if (confirmed === null) return;
    await this.#purge(() => api.call('trash.purge', { ids }), 'Could not delete permanently');
  }

  /** Empties the whole Trash, once the user confirms. */
  async empty() {
    const total = library.trashCount;
    if (total === 0) return;
    const names = library.view.kind === 'trash' ? this.#titles(library.rows.held().map((row) => row.id)) : [];
    const confirmed = await prompt.ask({
      title: 'Empty the Trash?',
      detail: `${names.length ? `${this.#list(names, total)} ` : `The ${clipsWord(total)} in it. `}${total === 1 ? WHAT_GOES : WHAT_GO}`,
      confirm: `Delete ${clipsWord(total)}`,
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
    toasts.show(`Deleted ${clipsWord(purged.length)} permanently.`);
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
    if (names.length === 0) return `${clipsWord(total)}.`;
    const shown = names.slice(0, NAMED).map((n) => `“${n}”`);
    const rest = total - shown.length;
    return rest > 0 ? `${shown.join(', ')} and ${rest.toLocaleString()} more.` : `${shown.join(', ')}.`;
  }
}

export const trash = new TrashStore();
