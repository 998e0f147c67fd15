import { api, describeError } from '../api/api.js';
import type { SearchFacets, SearchHit, SearchResult, SearchSort } from '../api/models.js';
import { PagedRows, type RowPage } from '../list/paged-rows.svelte.js';
import { selection } from '../list/selection.svelte.js';
import { listSorts } from '../list/list-sorts.svelte.js';

const PAGE = 100;
/** Searching on every keystroke is cheap for FTS5; the pause only spares half-typed words. */
const TYPING_PAUSE_MS = 120;

/**
 * Search as you type: the query, and its results paged for the list. The first page comes with
 * the facets; later pages are asked for as the list scrolls to them.
 */
class SearchStore {
  #query = $state('');
  #results = new PagedRows<SearchHit>(PAGE, (err) => (this.#error = describeError(err)));
  /** The query and sort the results were paged for. */
  #resultsAsked = '';
  #notice = $state<string | null>(null);
  #facets = $state<SearchFacets | null>(null);
  #error = $state<string | null>(null);
  #searching = $state(false);
  #answered = $state(false);
  #request = 0;
  /** When the last search was sent, to tell whether it already saw a change to the library. */
  #sentAt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  get query() {
    return this.#query;
  }

  get active() {
    return this.#query.trim() !== '';
  }

  /** Every result, a page at a time as the list shows them. */
  get results() {
    return this.#results;
  }

  get total() {
    return this.#results.count;
  }

  /** More matches than `total`: the library counted that far. */
  get totalCapped() {
    return this.#results.countCapped;
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
    this.#timer = undefined;
    if (!this.active) {
      this.#request++;
      this.#resultsAsked = '';
      this.#results.replace(async () => ({ items: [], total: 0 }));
      this.#error = null;
      this.#notice = null;
      this.#facets = null;
      this.#searching = false;
      this.#answered = false;
      return;
    }
    this.#searching = true;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#run();
    }, TYPING_PAUSE_MS);
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

  /**
   * Runs the current query again, after the library changed under it. Given when the change was
   * made, a search sent since then, or one about to be sent, sees it already and is not sent again.
   */
  refresh(changedAt?: number) {
    if (!this.active) return;
    if (changedAt !== undefined && (this.#timer !== undefined || this.#sentAt >= changedAt)) return;
    void this.#run();
  }

  /** Asks for the first page with its facets; the rest are asked for as the list reaches them. */
  async #run() {
    const request = ++this.#request;
    const query = this.#query;
    const sort = this.sort;
    this.#searching = true;
    this.#sentAt = performance.now();
    try {
      const result = await api.call('search.query', { query, limit: PAGE, offset: 0, sort, facets: true });
      if (request !== this.#request) return;
      this.#page(query, sort, pageOf(result));
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

  #page(query: string, sort: SearchSort, first: RowPage<SearchHit>) {
    const asked = JSON.stringify([query, sort]);
    // The same search answered again (the library changed under it): the rows in view are asked
    // for again in place, so results scrolled far down do not blink back to placeholders.
    if (asked === this.#resultsAsked && first.total > 0) {
      this.#results.reload().catch((err: unknown) => (this.#error = describeError(err)));
      return;
    }
    this.#resultsAsked = asked;
    this.#results.replace(async (offset, limit) => {
      const result = await api.call('search.query', { query, sort, offset, limit });
      return pageOf(result);
    }, first);
  }
}

/** A search's answer as a page of the list, with its count as far as the library counted. */
export function pageOf(result: SearchResult): RowPage<SearchHit> {
  return { items: result.hits, total: result.total, ...(result.totalCapped ? { totalCapped: true } : {}) };
}

export const search = new SearchStore();
