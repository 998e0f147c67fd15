import { api, describeError } from '../api/api.js';
import type { SearchFacets, SearchHit, SearchSort } from '../api/models.js';
import { selection } from '../list/selection.svelte.js';
import { listSorts } from '../list/list-sorts.svelte.js';

const PAGE = 100;
/** Searching on every keystroke is cheap for FTS5; the pause only spares half-typed words. */
const TYPING_PAUSE_MS = 120;

/** Search as you type: the query, its hits and their total. */
class SearchStore {
  #query = $state('');
  #hits = $state<SearchHit[]>([]);
  #total = $state(0);
  #notice = $state<string | null>(null);
  #facets = $state<SearchFacets | null>(null);
  #error = $state<string | null>(null);
  #searching = $state(false);
  #answered = $state(false);
  #request = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  get query() {
    return this.#query;
  }

  get active() {
    return this.#query.trim() !== '';
  }

  get hits() {
    return this.#hits;
  }

  get total() {
    return this.#total;
  }

  get notice() {
    return this.#notice;
  }

  /** Best match first unless another order was chosen for searches; remembered with the library. */
  get sort(): SearchSort {
    const sort = listSorts.of('search', 'relevance');
    return sort === 'collection' ? 'relevance' : sort;
  }

  /** Counts over all the matches, asked for with the first page only. */
  get facets() {
    return this.#facets;
  }

  get error() {
    return this.#error;
  }

  get searching() {
    return this.#searching;
  }

  /** True once the search being typed has had an answer; until then the list keeps what it showed. */
  get answered() {
    return this.#answered;
  }

  setQuery(query: string) {
    // Picks made among other results would be acted on unseen.
    if (query.trim() !== this.#query.trim()) selection.clear();
    this.#query = query;
    clearTimeout(this.#timer);
    if (!this.active) {
      this.#request++;
      this.#hits = [];
      this.#total = 0;
      this.#error = null;
      this.#notice = null;
      this.#facets = null;
      this.#searching = false;
      this.#answered = false;
      return;
    }
    this.#searching = true;
    this.#timer = setTimeout(() => void this.#run(), TYPING_PAUSE_MS);
  }

  clear() {
    this.setQuery('');
  }

  setSort(sort: SearchSort) {
    void listSorts.set('search', sort);
    this.refresh();
  }

  /** Adds a field filter such as `source:"Reuters"` (a facet click), unless the query has it already. */
  narrow(filter: string) {
    const query = this.#query.trim();
    if (query.split(/\s+/).includes(filter)) return;
    this.setQuery(query ? `${query} ${filter}` : filter);
  }

  /** Runs the current query again, after the library changed under it. */
  refresh() {
    if (this.active) void this.#run();
  }

  /** The first page of hits, with facets; the list fetches further pages itself as they scroll into view. */
  async #run() {
    const request = ++this.#request;
    this.#searching = true;
    try {
      const result = await api.call('search.query', {
        query: this.#query,
        limit: PAGE,
        offset: 0,
        sort: this.sort,
        facets: true,
      });
      if (request !== this.#request) return;
      this.#hits = result.hits;
      this.#total = result.total;
      this.#notice = result.notice;
      this.#facets = result.facets;
      this.#error = null;
      this.#answered = true;
    } catch (err) {
      if (request !== this.#request) return;
      this.#error = describeError(err);
      this.#answered = true;
    } finally {
      if (request === this.#request) this.#searching = false;
    }
  }
}

export const search = new SearchStore();
