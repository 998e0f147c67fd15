import { api, describeError } from '../api/api.js';
import type { ClipSummary } from '../api/models.js';
import { reader } from './reader.svelte.js';
import { search } from './search.svelte.js';
import { toasts } from './toasts.svelte.js';

export type LibraryView = 'all' | 'trash';

const PAGE = 200;

/** The list pane's clips for the current view, the sidebar counts, and moving clips to and from the Trash. */
class LibraryStore {
  #view = $state<LibraryView>('all');
  #items = $state<ClipSummary[]>([]);
  #total = $state(0);
  #clipCount = $state(0);
  #trashCount = $state(0);
  #path = $state('');
  #loaded = $state(false);
  #loading = $state(false);
  #error = $state<string | null>(null);
  #request = 0;

  get view() {
    return this.#view;
  }

  get items() {
    return this.#items;
  }

  get total() {
    return this.#total;
  }

  get clipCount() {
    return this.#clipCount;
  }

  get trashCount() {
    return this.#trashCount;
  }

  get path() {
    return this.#path;
  }

  /** False until the first page has arrived, so the list can tell "loading" from "empty". */
  get loaded() {
    return this.#loaded;
  }

  get error() {
    return this.#error;
  }

  async showView(view: LibraryView) {
    if (view !== this.#view) {
      this.#view = view;
      this.#items = [];
      this.#loaded = false;
      search.clear();
      await reader.select(null);
    }
    await this.refresh();
  }

  async refresh() {
    const request = ++this.#request;
    this.#loading = true;
    try {
      const [page, info] = await Promise.all([
        api.call('clips.list', { trashed: this.#view === 'trash', limit: Math.max(PAGE, this.#items.length) }),
        api.call('library.info', {}),
      ]);
      if (request !== this.#request) return;
      this.#items = page.items;
      this.#total = page.total;
      this.#clipCount = info.clipCount;
      this.#trashCount = info.trashCount;
      this.#path = info.path;
      this.#error = null;
      this.#loaded = true;
    } catch (err) {
      if (request === this.#request) this.#error = describeError(err);
    } finally {
      if (request === this.#request) this.#loading = false;
    }
    search.refresh();
  }

  async loadMore() {
    if (this.#loading || this.#items.length >= this.#total) return;
    const request = ++this.#request;
    this.#loading = true;
    try {
      const page = await api.call('clips.list', {
        trashed: this.#view === 'trash',
        offset: this.#items.length,
        limit: PAGE,
      });
      if (request !== this.#request) return;
      this.#items = [...this.#items, ...page.items];
      this.#total = page.total;
    } catch (err) {
      if (request === this.#request) this.#error = describeError(err);
    } finally {
      if (request === this.#request) this.#loading = false;
    }
  }

  /** Shows a clip in All clips with the reader open on it, e.g. one just saved. */
  async reveal(id: number) {
    search.clear();
    if (this.#view !== 'all') {
      this.#view = 'all';
      this.#items = [];
    }
    await Promise.all([this.refresh(), reader.select(id)]);
  }

  async moveToTrash(id: number) {
    const next = this.#neighbour(id);
    try {
      await api.call('clips.trash', { ids: [id] });
    } catch (err) {
      toasts.show(`Could not move the clip to the Trash: ${describeError(err)}`);
      return;
    }
    await Promise.all([this.refresh(), reader.select(next)]);
    toasts.show('Moved to Trash.', { label: 'Undo', run: () => this.#undoTrash(id) });
  }

  async restore(id: number) {
    const next = this.#neighbour(id);
    try {
      await api.call('clips.restore', { ids: [id] });
    } catch (err) {
      toasts.show(`Could not restore the clip: ${describeError(err)}`);
      return;
    }
    await Promise.all([this.refresh(), reader.select(next)]);
    toasts.show('Restored to All clips.', { label: 'Show', run: () => this.reveal(id) });
  }

  async #undoTrash(id: number) {
    try {
      await api.call('clips.restore', { ids: [id] });
    } catch (err) {
      toasts.show(`Could not undo: ${describeError(err)}`);
      return;
    }
    if (this.#view === 'all') await this.reveal(id);
    else await this.refresh();
  }

  /** The row to select once `id` leaves the list: the next one, else the previous. */
  #neighbour(id: number): number | null {
    const rows = search.active ? search.hits : this.#items;
    const at = rows.findIndex((row) => row.id === id);
    if (at === -1) return null;
    return (rows[at + 1] ?? rows[at - 1])?.id ?? null;
  }
}

export const library = new LibraryStore();
