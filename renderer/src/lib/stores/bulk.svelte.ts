import { collections } from './collections.svelte.js';
import { library } from './library.svelte.js';
import { selection } from './selection.svelte.js';
import { tags } from './tags.svelte.js';

/**
 * Actions on every picked clip. Each is one API call however many clips are picked, so tagging
 * thousands does not freeze the window; only "select all" first reads the ids, in large pages.
 */
class BulkStore {
  #busy = $state(false);

  get busy() {
    return this.#busy;
  }

  tag(name: string) {
    return this.#run((ids) => tags.apply(ids, [name]));
  }

  untag(name: string) {
    return this.#run((ids) => tags.remove(ids, [name]));
  }

  addToCollection(id: number) {
    return this.#run((ids) => collections.addClips(id, ids));
  }

  trash() {
    return this.#run(async (ids) => {
      await library.moveToTrash(ids);
      selection.clear();
    });
  }

  async #run(action: (ids: number[]) => Promise<unknown>) {
    if (this.#busy) return;
    this.#busy = true;
    try {
      const ids = await library.selectedIds();
      if (ids.length > 0) await action(ids);
    } finally {
      this.#busy = false;
    }
  }
}

export const bulk = new BulkStore();
