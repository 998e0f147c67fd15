import { SvelteSet } from 'svelte/reactivity';
import { api, describeError } from '../api/api.js';
import type { Collection, CollectionPlace, DeletedCollection } from '../api/models.js';
import { buildCollectionTree, collectionPath } from './collection-tree.js';
import { visibleRows } from '../ui/tree.js';
import { toasts } from '../ui/toasts.svelte.js';
import { teamLinks } from '../team/team-links.svelte.js';
import { runChange } from './run-change.js';
import { undoStack } from '../ui/undo.svelte.js';
import { reader } from '../clip/reader.svelte.js';
import { staleSaveMessage } from '../team/stale-save.js';
import { prompt } from '../ui/prompt.svelte.js';
import { clipCount } from '../ui/clip-count.js';

/** The collections tree: creating, naming, nesting and ordering collections, and filing clips in them. */
class CollectionStore {
  #collections = $state<Collection[]>([]);
  #loaded = $state(false);
  #expanded = new SvelteSet<string>();
  #onchange: (() => void | Promise<void>) | null = null;

  readonly tree = $derived(buildCollectionTree(this.#collections));
  readonly rows = $derived(visibleRows(this.tree, this.#expanded));
  /** Regular collections, with their full paths: where clips can be added by hand. */
  readonly manual = $derived(
    this.#collections
      .filter((c) => c.query === null)
      .map((c) => ({ collection: c, path: collectionPath(this.#collections, c.id) }))
      .sort((a, b) => a.path.localeCompare(b.path)),
  );

  get all() {
    return this.#collections;
  }

  get loaded() {
    return this.#loaded;
  }

  /** Set once by the library store, which owns the list pane. */
  listen(onchange: () => void | Promise<void>) {
    this.#onchange = onchange;
  }

  byId(id: number): Collection | undefined {
    return this.#collections.find((c) => c.id === id);
  }

  path(id: number): string {
    return collectionPath(this.#collections, id);
  }

  toggle(id: number) {
    const key = String(id);
    if (this.#expanded.has(key)) this.#expanded.delete(key);
    else this.#expanded.add(key);
  }

  expand(id: number | null) {
    if (id !== null) this.#expanded.add(String(id));
  }

  /** Another library is shown: nothing read from the one before stays on screen, even if the new one cannot be read. */
  forget() {
    this.#collections = [];
    this.#loaded = false;
  }

  async refresh() {
    try {
      this.#collections = await api.call('collections.list', {});
      this.#loaded = true;
    } catch (err) {
      if (!teamLinks.toldInSidebar(err)) toasts.show(`Collections could not be loaded: ${describeError(err)}`);
    }
  }

  async create(name: string, parentId: number | null, query: string | null = null): Promise<Collection | null> {
    if (!name.trim()) return null;
    let created: Collection | null = null;
    await this.#run('Could not create the collection', async () => {
      created = await api.call('collections.create', { name: name.trim(), parentId, query });
    });
    this.expand(parentId);
    return created;
  }

  /** Asks for a name and creates the collection; null when the user cancels or the core refuses. */
  async askNew(parentId: number | null = null, detail?: string): Promise<Collection | null> {
    const name = await prompt.ask({
      title: parentId === null ? 'New collection' : `New collection in “${this.byId(parentId)?.name}”`,
      label: 'Name',
      ...(detail ? { detail } : {}),
      confirm: 'Create',
    });
    return name === null ? null : this.create(name, parentId);
  }

  /** Files clips in a collection named on the spot, so filing never needs a trip to the sidebar first. */
  async addToNew(clipIds: number[]): Promise<boolean> {
    const created = await this.askNew(null, `${clipCount(clipIds.length)} will go in it.`);
    return created ? this.addClips(created.id, clipIds) : false;
  }

  /** `version` is the collection's when the name was asked for; `retry` asks again after a refusal. */
  async rename(id: number, name: string, version?: number, retry?: () => void) {
    if (!name.trim()) return;
    const unsaved = `Your name “${name.trim()}” was not saved.`;
    await this.#save(
      'Could not rename the collection',
      () => api.call('collections.update', { id, name: name.trim(), version }),
      unsaved,
      retry,
    );
  }

  async setDescription(id: number, description: string, version?: number, retry?: () => void) {
    const unsaved = 'Your description was not saved.';
    await this.#save('Could not save the description', () => api.call('collections.update', { id, description, version }), unsaved, retry);
  }

  async setQuery(id: number, query: string, version?: number, retry?: () => void) {
    const unsaved = `Your search “${query}” was not saved.`;
    await this.#save('Could not change the search', () => api.call('collections.update', { id, query, version }), unsaved, retry);
  }

  /** The toast's Undo puts back the collection, its sub-collections and their clips in order. */
  async delete(id: number) {
    const name = this.byId(id)?.name ?? 'the collection';
    let removed: DeletedCollection[] = [];
    const done = await this.#run('Could not delete the collection', async () => {
      removed = (await api.call('collections.delete', { id })).removed;
    });
    if (!done) return;
    const undo = () => this.#run('Could not undo', () => api.call('collections.restore', { removed })).then(() => undefined);
    undoStack.offer(`Deleted “${name}”. Its clips are still in All clips.`, undo);
  }

  /** Moves a collection under `parentId` at `index` among its new siblings; refused into its own descendants. */
  async move(id: number, parentId: number | null, index: number) {
    const before = this.byId(id);
    if (!before) return;
    const siblings = this.#collections.filter((c) => c.parentId === before.parentId).sort((a, b) => a.position - b.position);
    const oldIndex = siblings.findIndex((c) => c.id === id);
    const moved = await this.#save(
      'Could not move the collection',
      () => api.call('collections.move', { id, parentId, index, version: before.version }),
      'It was not moved.',
    );
    if (!moved) return;
    this.expand(parentId);
    if (before.parentId !== parentId || oldIndex !== index) {
      undoStack.offer(`Moved “${before.name}”.`, () => this.move(id, before.parentId, Math.max(0, oldIndex)));
    }
  }

  async addClips(id: number, clipIds: number[]): Promise<boolean> {
    if (clipIds.length === 0) return false;
    const name = this.byId(id)?.name ?? 'the collection';
    let added: number[] = [];
    const done = await this.#run(`Could not add to ${name}`, async () => {
      added = (await api.call('collections.addClips', { id, clipIds })).added;
    });
    if (!done) return false;
    const what = clipIds.length === 1 ? 'the clip' : `${clipIds.length.toLocaleString()} clips`;
    if (added.length === 0) toasts.show(`Already in “${name}”.`);
    else undoStack.offer(`Added ${what} to “${name}”.`, () => this.removeClips(id, added, false));
    return true;
  }

  /** The toast's Undo puts the clips back where they stood in the collection's order. */
  async removeClips(id: number, clipIds: number[], undoable = true) {
    const name = this.byId(id)?.name ?? 'the collection';
    let places: CollectionPlace[] = [];
    const done = await this.#run('Could not remove from the collection', async () => {
      places = (await api.call('collections.removeClips', { id, clipIds })).places;
    });
    if (!done || !undoable || places.length === 0) return;
    const what = places.length === 1 ? '' : ` ${places.length.toLocaleString()} clips`;
    const undo = () => this.#run('Could not undo', () => api.call('collections.restoreClips', { id, places })).then(() => undefined);
    undoStack.offer(`Removed${what} from “${name}”.`, undo);
  }

  /** Puts a clip at `index` in the collection's manual order; returns the new order. */
  async moveClip(id: number, clipId: number, index: number): Promise<number[] | null> {
    try {
      return (await api.call('collections.moveClip', { id, clipId, index, version: this.byId(id)?.version })).clipIds;
    } catch (err) {
      const stale = staleSaveMessage(err, 'collection');
      toasts.show(stale ? `${stale} The clip was not moved.` : `Could not reorder: ${describeError(err)}`);
      if (stale) await this.#reloadAll();
      return null;
    }
  }

  /**
   * A change that names the collection's version: refused when someone changed the collection
   * since, the toast saying who and what was not saved (`unsaved`), with `retry` to try again on
   * the collection as it is now.
   */
  async #save(failure: string, work: () => Promise<unknown>, unsaved: string, retry?: () => void): Promise<boolean> {
    try {
      await work();
    } catch (err) {
      const stale = staleSaveMessage(err, 'collection');
      if (stale === null) {
        toasts.show(`${failure}: ${describeError(err)}`);
        return false;
      }
      await this.#reloadAll();
      toasts.show(`${stale} ${unsaved}`, retry ? { label: 'Try again', run: retry } : null);
      return false;
    }
    await Promise.all([this.#reloadAll(), reader.reload()]);
    return true;
  }

  #reloadAll(): Promise<void> {
    return Promise.resolve(this.#onchange ? this.#onchange() : this.refresh());
  }

  /** The listener (the library) reloads the list and the sidebar; alone, the store reloads itself. */
  #run(failure: string, work: () => Promise<unknown>): Promise<boolean> {
    return runChange(failure, work, () => (this.#onchange ? this.#onchange() : this.refresh()));
  }
}

export const collections = new CollectionStore();
