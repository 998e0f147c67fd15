import { api, describeError } from '../api/api.js';
import type { ClipSummary, EntityKind } from '../api/models.js';
import { collections } from '../sidebar/collections.svelte.js';
import { libraryInfo } from './library-info.svelte.js';
import { PagedRows, type RowPage } from './paged-rows.svelte.js';
import { reader } from '../clip/reader.svelte.js';
import { pageOf, search } from '../search/search.svelte.js';
import { selection } from './selection.svelte.js';
import { tags } from '../sidebar/tags.svelte.js';
import { asFieldSort, asListSort, listSorts, sortedView } from './list-sorts.svelte.js';
import {
  DEFAULT_LIST_SORT,
  SORT_FIELDS,
  type SearchSort,
  type SortField,
  type ViewSort,
} from '../../../../electron/shared/models/list-sort.js';

/** Views that list something other than clips: the indexes, and a team library's activity. */
export type IndexKind = EntityKind | 'quotes' | 'highlights' | 'timeline' | 'activity';

/** What the list pane shows, chosen in the sidebar. */
export type LibraryView =
  | { kind: 'all' }
  | { kind: 'trash' }
  | { kind: 'collection'; id: number }
  | { kind: 'tag'; name: string }
  | { kind: 'index'; index: IndexKind };

const PAGE = 200;
/** How long a burst of writes is let settle before the list is read back once. */
const EDITED_SETTLE_MS = 150;

const sameView = (a: LibraryView, b: LibraryView) => JSON.stringify(a) === JSON.stringify(b);

/** A field, or a view's own order: what the sort control offers. */
export type SortChoice = SortField | 'relevance' | 'collection';

/**
 * The view the list pane shows (All clips, the Trash, a collection, a tag or an index) and its
 * clips, a page at a time. A change anywhere in the library comes back here as `refresh`.
 */
class LibraryStore {
  #view = $state<LibraryView>({ kind: 'all' });
  #rows = new PagedRows<ClipSummary>(PAGE, (err) => (this.#error = describeError(err)));
  #loaded = $state(false);
  #error = $state<string | null>(null);
  /** What a smart collection's saved search could not read as written, as the search box would say it. */
  #queryNotice = $state<string | null>(null);
  #request = 0;
  #editedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.#rows.replace(this.#fetcher(this.#view));
    tags.listen(() => this.refresh());
    collections.listen(() => this.refresh());
    // Another process wrote to the library (the CLI, say), or another file was put in its place:
    // everything shown is read again, the list keeping its place.
    api.events.subscribe((event) => {
      if (event.type === 'library.changed') void Promise.all([this.refresh(), reader.reload()]);
      if (event.type === 'library.edited') this.#refreshSoon();
    });
  }

  /**
   * A write through the core, this window's own or another's (a second tab, a teammate, the
   * browser extension): a burst of them is read back once, the list keeping its place and the
   * open clip changing only if its content did.
   */
  #refreshSoon() {
    clearTimeout(this.#editedTimer);
    this.#editedTimer = setTimeout(() => void Promise.all([this.refresh(), reader.refreshQuietly()]), EDITED_SETTLE_MS);
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

  /** The clips loaded so far, in list order (a window: the list may hold many more). */
  get items() {
    return this.#rows.held();
  }

  get total() {
    return this.#rows.count;
  }

  /** More clips than `total`: the library counted that far. */
  get totalCapped() {
    return this.#rows.countCapped;
  }

  /** False until the first page has arrived, so the list can tell "loading" from "empty". */
  get loaded() {
    return this.#loaded;
  }

  get error() {
    return this.#error;
  }

  get queryNotice() {
    return this.#queryNotice;
  }

  is(view: LibraryView) {
    return sameView(this.#view, view);
  }

  /** The view the list shows now: none while a search, which looks through the whole library, stands in its place. */
  get shown(): LibraryView | null {
    return search.active ? null : this.#view;
  }

  showing(view: LibraryView) {
    const shown = this.shown;
    return shown !== null && sameView(shown, view);
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

  /** Another library is shown: All clips, read afresh, with nothing of the library before left on screen. */
  async restart() {
    this.#view = { kind: 'all' };
    this.#rows.replace(this.#fetcher(this.#view));
    this.#loaded = false;
    selection.clear();
    search.clear();
    libraryInfo.forget();
    tags.forget();
    collections.forget();
    await reader.select(null);
    await this.refresh();
  }

  /** Opens All clips with a search typed for the reader, e.g. from an index or the timeline. */
  async searchFor(query: string) {
    await this.showView({ kind: 'all' });
    search.setQuery(query);
  }

  /** Reads again what the library changed: the rows in view, the counts, the sidebar and the search. */
  async refresh() {
    const request = ++this.#request;
    const changedAt = performance.now();
    try {
      await Promise.all([
        // The pages in view are asked for again, so the list keeps its place.
        this.#rows.reload(),
        libraryInfo.load(),
        // Sidebar counts move with every change to clips (a save, a trash, a smart collection's new match).
        tags.refresh(),
        collections.refresh(),
      ]);
      if (request !== this.#request) return;
      this.#error = null;
      this.#loaded = true;
    } catch (err) {
      if (request === this.#request) this.#error = describeError(err);
    }
    search.refresh(changedAt);
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
          this.#queryNotice = result.notice;
          return pageOf(result);
        }
        return api.call('clips.list', { collectionId: view.id, sort: asListSort(sort), offset, limit });
      }
      case 'tag':
        return api.call('clips.list', { tag: view.name, sort: asFieldSort(sort), offset, limit });
      default:
        return api.call('clips.list', { trashed: view.kind === 'trash', sort: asFieldSort(sort), offset, limit });
    }
  }
}

export const library = new LibraryStore();
