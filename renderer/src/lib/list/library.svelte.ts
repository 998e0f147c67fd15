import { api, describeError } from '../api/api.js';
import type { ApiInput, ClipSummary, EntityKind, SearchHit } from '../api/models.js';
import { collections } from '../sidebar/collections.svelte.js';
import { PagedRows, type RowPage } from './paged-rows.svelte.js';
import { reader } from '../clip/reader.svelte.js';
import { search } from '../search/search.svelte.js';
import { selection } from './selection.svelte.js';
import { tags } from '../sidebar/tags.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { listSorts, sortedView } from './list-sorts.svelte.js';
import { DEFAULT_LIST_SORT, SORT_FIELDS, isFieldSort, type FieldSort, type ListSort, type SearchSort, type SortField, type ViewSort } from '../../../../electron/shared/models/list-sort.js';

export type IndexKind = EntityKind | 'quotes' | 'timeline';

/** What the list pane shows, chosen in the sidebar. */
export type LibraryView =
  | { kind: 'all' }
  | { kind: 'trash' }
  | { kind: 'collection'; id: number }
  | { kind: 'tag'; name: string }
  | { kind: 'index'; index: IndexKind };

const PAGE = 200;
// The search store's answers come 100 at a time: pages of that size take its first answer whole.
const SEARCH_PAGE = 100;

const sameView = (a: LibraryView, b: LibraryView) => JSON.stringify(a) === JSON.stringify(b);

/** A field, or a view's own order: what the sort control offers. */
export type SortChoice = SortField | 'relevance' | 'collection';

/** A remembered order that no longer fits the view (a collection made smart) falls back to its default. */
const asFieldSort = (sort: ViewSort): FieldSort => (isFieldSort(sort) ? sort : DEFAULT_LIST_SORT);
const asListSort = (sort: ViewSort): ListSort => (sort === 'relevance' ? 'collection' : sort);

/** The list pane's clips for the current view, the sidebar counts, and moving clips to and from the Trash. */
class LibraryStore {
  #view = $state<LibraryView>({ kind: 'all' });
  #rows = new PagedRows<ClipSummary>(PAGE, (err) => (this.#error = describeError(err)));
  #hits = new PagedRows<SearchHit>(SEARCH_PAGE, (err) => (this.#error = describeError(err)));
  /** The query and sort the hits were paged for. */
  #hitsAsked = '';
  #clipCount = $state(0);
  #trashCount = $state(0);
  #path = $state('');
  #loaded = $state(false);
  #error = $state<string | null>(null);
  #request = 0;
  #reordering = false;
  /** Where the clip being reordered started, so Undo takes a run of moves back at once. */
  #reorderRun: { clipId: number; collectionId: number; from: number; toastId: number } | null = null;

  constructor() {
    this.#rows.replace(this.#fetcher(this.#view));
    tags.listen(() => this.refresh());
    collections.listen(() => this.refresh());
    // Another process wrote to the library (the CLI, say), or another file was put in its place:
    // everything shown is read again, the list keeping its place.
    api.events.subscribe((event) => {
      if (event.type === 'library.changed') void Promise.all([this.refresh(), reader.reload()]);
    });
  }

  get view() {
    return this.#view;
  }

  /** The collection shown, if the view is one. */
  get collection() {
    const view = this.#view;
    return view.kind === 'collection' ? (collections.byId(view.id) ?? null) : null;
  }

  /** A regular collection is shown in its own order, so its rows can be reordered. */
  get ordered() {
    const c = this.collection;
    return c !== null && c.query === null && this.sort === 'collection';
  }

  /** The order the list shows: a search's, else the view's own, as last chosen for it. */
  get sort(): ViewSort {
    return search.active ? search.sort : this.#sortOf(this.#view);
  }

  /** What the list can be sorted by here: a search adds best match, a regular collection its own order. */
  get sortChoices(): SortChoice[] {
    if (search.active) return ['relevance', ...SORT_FIELDS];
    const c = this.collection;
    return c !== null && c.query === null ? ['collection', ...SORT_FIELDS] : [...SORT_FIELDS];
  }

  /** Sorts the list shown (a search, or the view) and remembers it for that view. */
  async setSort(sort: ViewSort) {
    if (search.active) return search.setSort(sort as SearchSort);
    const view = this.#view;
    const key = sortedView(view);
    if (key === null) return;
    void listSorts.set(key, sort);
    this.#rows.reorder(this.#fetcher(view));
    await this.refresh();
  }

  /** The view's clips, as many as it holds, loaded a page at a time as they come into view. */
  get rows() {
    return this.#rows;
  }

  /** The search results, paged the same way; the search store answers their first page. */
  get hits() {
    return this.#hits;
  }

  /** The clips loaded so far, in list order (a window: the list may hold many more). */
  get items() {
    return this.#rows.held();
  }

  get total() {
    return this.#rows.count;
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

  is(view: LibraryView) {
    return sameView(this.#view, view);
  }

  async showView(view: LibraryView) {
    if (!sameView(view, this.#view)) {
      this.#view = view;
      this.#rows.replace(this.#fetcher(view));
      this.#loaded = false;
      selection.clear();
      search.clear();
      await reader.select(null);
    }
    await this.refresh();
  }

  /** Opens All clips with a search typed for the reader, e.g. from an index or the timeline. */
  async searchFor(query: string) {
    await this.showView({ kind: 'all' });
    search.setQuery(query);
  }

  async refresh() {
    const request = ++this.#request;
    try {
      const [, info] = await Promise.all([
        // The pages in view are asked for again, so the list keeps its place.
        this.#rows.reload(),
        api.call('library.info', {}),
        // Sidebar counts move with every change to clips (a save, a trash, a smart collection's new match).
        tags.refresh(),
        collections.refresh(),
      ]);
      if (request !== this.#request) return;
      this.#clipCount = info.clipCount;
      this.#trashCount = info.trashCount;
      this.#path = info.path;
      this.#error = null;
      this.#loaded = true;
    } catch (err) {
      if (request === this.#request) this.#error = describeError(err);
    }
    search.refresh();
  }

  /** Pages the search store's answer: its first rows are kept, the rest asked for as they come into view. */
  showHits(first: RowPage<SearchHit>) {
    const { query, sort } = search;
    const asked = JSON.stringify([query, sort]);
    // The same search answered again (the library changed under it): the rows in view are asked
    // for again in place, so results scrolled far down do not blink back to placeholders.
    if (asked === this.#hitsAsked && first.total > 0) {
      this.#hits.reload().catch((err: unknown) => (this.#error = describeError(err)));
      return;
    }
    this.#hitsAsked = asked;
    this.#hits.replace(async (offset, limit) => {
      const result = await api.call('search.query', { query, sort, offset, limit });
      return { items: result.hits, total: result.total };
    }, first);
  }

  /** Shows a clip in All clips with the reader open on it, e.g. one just saved. */
  async reveal(id: number) {
    search.clear();
    if (this.#view.kind !== 'all') {
      this.#view = { kind: 'all' };
      this.#rows.replace(this.#fetcher(this.#view));
    }
    selection.single(id);
    await Promise.all([this.refresh(), reader.select(id)]);
  }

  /**
   * Picks every clip the list shows (a search, a tag, a collection, the Trash or All clips) by
   * asking the core for their ids alone; the rows themselves still load a page at a time.
   */
  async selectAll() {
    const view = this.#view;
    if (view.kind === 'index') return;
    try {
      const ids = await api.call('clips.ids', this.#listed(view));
      if (sameView(view, this.#view)) selection.replace(ids);
    } catch (err) {
      toasts.show(`Could not select all: ${describeError(err)}`);
    }
  }

  /** The clips the list shows, as clips.ids takes them: the search typed wins over the view. */
  #listed(view: LibraryView): ApiInput<'clips.ids'> {
    if (search.active) return { query: search.query, sort: search.sort };
    const sort = this.#sortOf(view);
    switch (view.kind) {
      case 'collection': {
        const smart = collections.byId(view.id)?.query;
        return smart ? { query: smart, sort: asFieldSort(sort) } : { collectionId: view.id, sort: asListSort(sort) };
      }
      case 'tag':
        return { tag: view.name, sort: asFieldSort(sort) };
      default:
        return { trashed: view.kind === 'trash', sort: asFieldSort(sort) };
    }
  }

  /** Every clip's id in list order, for a Shift-range that reaches past the rows loaded. */
  async listedIds(): Promise<number[]> {
    const view = this.#view;
    if (view.kind === 'index') return [];
    try {
      return await api.call('clips.ids', this.#listed(view));
    } catch (err) {
      toasts.show(`Could not extend the selection: ${describeError(err)}`);
      return [];
    }
  }

  /** The picked clips' ids, in the order they were picked. */
  async selectedIds(): Promise<number[]> {
    return selection.ids();
  }

  async moveToTrash(ids: number[]) {
    const next = this.#neighbour(ids);
    try {
      await api.call('clips.trash', { ids });
    } catch (err) {
      toasts.show(`Could not move to the Trash: ${describeError(err)}`);
      return;
    }
    selection.single(next);
    await Promise.all([this.refresh(), reader.select(next)]);
    const what = ids.length === 1 ? 'Moved to Trash.' : `Moved ${ids.length.toLocaleString()} clips to Trash.`;
    toasts.show(what, { label: 'Undo', run: () => this.#undoTrash(ids) });
  }

  /** Takes clips out of the Trash; the toast shows the one restored in All clips, or undoes several. */
  async restore(ids: number[]) {
    const next = this.#neighbour(ids);
    try {
      await api.call('clips.restore', { ids });
    } catch (err) {
      toasts.show(`Could not restore: ${describeError(err)}`);
      return;
    }
    selection.single(next);
    await Promise.all([this.refresh(), reader.select(next)]);
    const [first] = ids;
    if (ids.length === 1 && first !== undefined) toasts.show('Restored to All clips.', { label: 'Show', run: () => this.reveal(first) });
    else toasts.show(`Restored ${ids.length.toLocaleString()} clips to All clips.`, { label: 'Undo', run: () => this.moveToTrash(ids) });
  }


  /** Puts a clip at `index` in the shown collection's manual order (Alt+↑/↓ or a drop), with Undo. */
  async moveInCollection(clipId: number, index: number, undoable = true) {
    const collection = this.collection;
    // A held Alt+↓ repeats faster than a move lands; each index is read from the rows shown, so a
    // press during a move would repeat it rather than go one further, so such presses are let go.
    if (this.#reordering || !collection || collection.query !== null || index < 0 || index >= this.#rows.count) return;
    const from = this.#rows.indexOf(clipId);
    this.#reordering = true;
    try {
      const order = await collections.moveClip(collection.id, clipId, index);
      if (!order) return;
      await this.refresh();
      if (!undoable || from === -1 || from === index) return;
      // Moves of one clip while its notice is still up (Alt+↓ pressed again and again) are undone as
      // one: back to where the clip started.
      const run = this.#reorderRun;
      const continues = run !== null && run.clipId === clipId && run.collectionId === collection.id && toasts.current?.id === run.toastId;
      const start = continues ? run.from : from;
      const toastId = toasts.show(`Moved within “${collection.name}”.`, {
        label: 'Undo',
        run: () => {
          if (this.collection?.id === collection.id) void this.moveInCollection(clipId, start, false);
        },
      });
      this.#reorderRun = { clipId, collectionId: collection.id, from: start, toastId };
    } finally {
      this.#reordering = false;
    }
  }

  #sortOf(view: LibraryView): ViewSort {
    const key = sortedView(view);
    if (key === null) return DEFAULT_LIST_SORT;
    const smart = view.kind === 'collection' ? (collections.byId(view.id)?.query ?? null) : null;
    return listSorts.of(key, view.kind !== 'collection' ? DEFAULT_LIST_SORT : smart === null ? 'collection' : 'date-desc');
  }

  #fetcher(view: LibraryView) {
    return (offset: number, limit: number) => this.#page(view, offset, limit);
  }

  /** A page of the view's rows, in its order as it stands when the page is asked for. */
  async #page(view: LibraryView, offset: number, limit: number): Promise<RowPage<ClipSummary>> {
    const sort = this.#sortOf(view);
    switch (view.kind) {
      case 'index':
        return { items: [], total: 0 };
      case 'collection': {
        const smart = collections.byId(view.id)?.query;
        if (smart) {
          const result = await api.call('search.query', { query: smart, sort: asFieldSort(sort), offset, limit });
          return { items: result.hits, total: result.total };
        }
        return api.call('clips.list', { collectionId: view.id, sort: asListSort(sort), offset, limit });
      }
      case 'tag':
        return api.call('clips.list', { tag: view.name, sort: asFieldSort(sort), offset, limit });
      default:
        return api.call('clips.list', { trashed: view.kind === 'trash', sort: asFieldSort(sort), offset, limit });
    }
  }

  async #undoTrash(ids: number[]) {
    try {
      await api.call('clips.restore', { ids });
    } catch (err) {
      toasts.show(`Could not undo: ${describeError(err)}`);
      return;
    }
    const first = ids[0];
    if (this.#view.kind === 'all' && ids.length === 1 && first !== undefined) await this.reveal(first);
    else await this.refresh();
  }

  /** The row to select once `ids` leave the list: the next one, else the previous. */
  #neighbour(ids: number[]): number | null {
    const rows = search.active ? this.#hits.held() : this.#rows.held();
    const leaving = new Set(ids);
    const at = rows.findIndex((row) => leaving.has(row.id));
    if (at === -1) return null;
    const after = rows.slice(at).find((row) => !leaving.has(row.id));
    const before = rows.slice(0, at).findLast((row) => !leaving.has(row.id));
    return (after ?? before)?.id ?? null;
  }
}

export const library = new LibraryStore();
