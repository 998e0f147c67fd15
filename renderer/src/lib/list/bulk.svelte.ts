import { collections } from '../sidebar/collections.svelte.js';
import { prompt } from '../ui/prompt.svelte.js';
import { selection } from './selection.svelte.js';
import { tags } from '../sidebar/tags.svelte.js';
import { clipCount } from '../ui/clip-count.js';
import { trash } from './trash.svelte.js';

/** The choice that names a new collection instead of picking one; ids are numbers, so it cannot clash. */
const NEW_COLLECTION = 'new';

/**
 * Actions on every picked clip, from the bulk bar and the clips' context menu alike. Each is one
 * API call however many clips are picked, so tagging thousands does not freeze the window; each
 * offers Undo in its toast.
 */
class BulkStore {
  #busy = $state(false);

  get busy() {
    return this.#busy;
  }

  /** How the prompts name what they act on. */
  get label() {
    return clipCount(selection.size);
  }

  async askTag() {
    const name = await prompt.ask({
      title: `Tag ${this.label}`,
      label: 'Tag',
      detail: 'Use / to nest, as in region/europe.',
      suggestions: tags.all.map((t) => t.name),
      confirm: 'Tag',
    });
    if (name !== null) await this.tag(name);
  }

  async askUntag() {
    const name = await prompt.ask({
      title: `Remove a tag from ${this.label}`,
      label: 'Tag',
      choices: tags.all.map((t) => ({ value: t.name, label: t.name })),
      confirm: 'Remove',
    });
    if (name !== null) await this.untag(name);
  }

  async askCollection() {
    if (collections.manual.length === 0) return this.#run((ids) => collections.addToNew(ids));
    const id = await prompt.ask({
      title: `Add ${this.label} to a collection`,
      label: 'Collection',
      choices: [
        ...collections.manual.map(({ collection, path }) => ({ value: String(collection.id), label: path })),
        { value: NEW_COLLECTION, label: 'New collection…' },
      ],
      confirm: 'Add',
    });
    if (id === NEW_COLLECTION) await this.#run((ids) => collections.addToNew(ids));
    else if (id !== null) await this.addToCollection(Number(id));
  }

  tag(name: string) {
    return this.#run((ids) => tags.apply(ids, [name], true));
  }

  untag(name: string) {
    return this.#run((ids) => tags.remove(ids, [name]));
  }

  addToCollection(id: number) {
    return this.#run((ids) => collections.addClips(id, ids));
  }

  removeFromCollection(id: number) {
    return this.#run((ids) => collections.removeClips(id, ids));
  }

  restore() {
    return this.#run((ids) => trash.restore(ids));
  }

  trash() {
    return this.#run(async (ids) => {
      await trash.moveToTrash(ids);
      selection.clear();
    });
  }

  async #run(action: (ids: number[]) => Promise<unknown>) {
    if (this.#busy) return;
    this.#busy = true;
    try {
      const ids = selection.ids();
      if (ids.length > 0) await action(ids);
    } finally {
      this.#busy = false;
    }
  }
}

export const bulk = new BulkStore();
