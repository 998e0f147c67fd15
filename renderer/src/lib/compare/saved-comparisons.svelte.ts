import { api, describeError } from '../api/api.js';
import type { SavedComparison } from '../api/models.js';
import { collections } from '../sidebar/collections.svelte.js';
import { prompt } from '../ui/prompt.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { undoStack } from '../ui/undo.svelte.js';

/** Long titles are cut in a toast, which has one line. */
const quoted = (title: string) => `“${title.length > 44 ? `${title.slice(0, 42).trimEnd()}…` : title}”`;

/** The comparisons kept in the open collection, and keeping or removing one. */
class SavedComparisonStore {
  #collectionId = $state<number | null>(null);
  #items = $state.raw<SavedComparison[]>([]);
  #error = $state<string | null>(null);
  /** Bumped per load, so a slow answer for another collection cannot replace the current one. */
  #request = 0;

  get items() {
    return this.#items;
  }

  get error() {
    return this.#error;
  }

  /** The collection whose comparisons these are; null when none is open. */
  get collectionId() {
    return this.#collectionId;
  }

  async load(collectionId: number | null) {
    const request = ++this.#request;
    if (collectionId !== this.#collectionId) this.#items = [];
    this.#collectionId = collectionId;
    if (collectionId === null) return;
    try {
      const items = await api.call('comparisons.list', { collectionId });
      if (request !== this.#request) return;
      this.#items = items;
      this.#error = null;
    } catch (err) {
      if (request === this.#request) this.#error = describeError(err);
    }
  }

  /** Keeps the comparison of a (left) and b (right) in a collection, with Undo in the toast. */
  async add(collectionId: number, a: number, b: number) {
    const name = collections.byId(collectionId)?.name ?? 'the collection';
    try {
      const { comparison, added } = await api.call('comparisons.add', { collectionId, a, b });
      await this.#reloadIfOpen(collectionId);
      if (!added) toasts.show(`${quoted(comparison.title)} is already in “${name}”.`);
      else undoStack.offer(`Added ${quoted(comparison.title)} to “${name}”.`, () => this.remove(collectionId, comparison.id, false));
    } catch (err) {
      toasts.show(`Could not add the comparison to ${name}: ${describeError(err)}`);
    }
  }

  async remove(collectionId: number, comparisonId: number, undoable = true) {
    const name = collections.byId(collectionId)?.name ?? 'the collection';
    try {
      const { comparison, index } = await api.call('comparisons.remove', { collectionId, comparisonId });
      await this.#reloadIfOpen(collectionId);
      if (!undoable) return;
      undoStack.offer(`Removed ${quoted(comparison.title)} from “${name}”.`, () => this.#putBack(collectionId, comparison, index));
    } catch (err) {
      toasts.show(`Could not remove the comparison: ${describeError(err)}`);
    }
  }

  /** Moves a comparison up or down one place in the open collection. */
  async step(comparisonId: number, by: 1 | -1) {
    const collectionId = this.#collectionId;
    const from = this.#items.findIndex((c) => c.id === comparisonId);
    const to = from + by;
    if (collectionId === null || from < 0 || to < 0 || to >= this.#items.length) return;
    try {
      this.#items = await api.call('comparisons.move', { collectionId, comparisonId, index: to });
    } catch (err) {
      toasts.show(`Could not reorder: ${describeError(err)}`);
    }
  }

  /** Asks for a new title; it is the pair's, so it changes in every collection that keeps it. */
  async rename(comparison: SavedComparison) {
    const title = await prompt.ask({
      title: 'Rename the comparison',
      label: 'Title',
      value: comparison.title,
      detail: 'Printed as its heading in dossiers. Leave it empty to use the two clips’ titles.',
      confirm: 'Rename',
    });
    if (title === null || title.trim() === comparison.title) return;
    try {
      await api.call('comparisons.rename', { id: comparison.id, title });
      if (this.#collectionId !== null) await this.load(this.#collectionId);
    } catch (err) {
      toasts.show(`Could not rename the comparison: ${describeError(err)}`);
    }
  }

  async #putBack(collectionId: number, comparison: SavedComparison, index: number) {
    try {
      await api.call('comparisons.add', { collectionId, a: comparison.a.id, b: comparison.b.id, title: comparison.title, index });
      await this.#reloadIfOpen(collectionId);
    } catch (err) {
      toasts.show(`Could not put the comparison back: ${describeError(err)}`);
    }
  }

  async #reloadIfOpen(collectionId: number) {
    if (this.#collectionId === collectionId) await this.load(collectionId);
  }
}

export const savedComparisons = new SavedComparisonStore();
