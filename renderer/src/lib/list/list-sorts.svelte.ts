import {
  DEFAULT_LIST_SORT,
  isFieldSort,
  type FieldSort,
  type ListSort,
  type ViewSort,
} from '../../../../electron/shared/models/list-sort.js';
import { settings } from '../settings/settings.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import type { LibraryView } from './library.svelte.js';

/** A list view's name in the library's remembered orders. */
export type SortedView = 'all' | 'trash' | 'search' | `collection:${number}` | `tag:${string}`;

/** The name a view's order is remembered under; the indexes have no order to keep. */
export function sortedView(view: LibraryView): SortedView | null {
  switch (view.kind) {
    case 'collection':
      return `collection:${view.id}`;
    case 'tag':
      return `tag:${view.name}`;
    case 'index':
      return null;
    default:
      return view.kind;
  }
}

/** A remembered order that no longer fits the view (a collection made smart) falls back to its default. */
export const asFieldSort = (sort: ViewSort): FieldSort => (isFieldSort(sort) ? sort : DEFAULT_LIST_SORT);
export const asListSort = (sort: ViewSort): ListSort => (sort === 'relevance' ? 'collection' : sort);

/** Views remembered at most; the longest unsorted are forgotten first, and open in their default order again. */
const REMEMBERED = 500;

/**
 * The order each list view shows, remembered with the library (settings.listSorts), so All clips,
 * each collection, each tag, the Trash and search each reopen as they were last sorted. A choice
 * counts at once, before the library has stored it.
 */
class ListSorts {
  #chosen = $state<Partial<Record<SortedView, ViewSort>>>({});

  of(view: SortedView, fallback: ViewSort = DEFAULT_LIST_SORT): ViewSort {
    return this.#chosen[view] ?? settings.values.listSorts[view] ?? fallback;
  }

  async set(view: SortedView, sort: ViewSort) {
    this.#chosen = { ...this.#chosen, [view]: sort };
    const remembered: Record<string, ViewSort> = { ...settings.values.listSorts };
    delete remembered[view];
    remembered[view] = sort;
    const keys = Object.keys(remembered);
    for (const old of keys.slice(0, Math.max(0, keys.length - REMEMBERED))) delete remembered[old];
    const problem = await settings.save({ listSorts: remembered });
    if (problem) toasts.show(`The list is sorted, but the order could not be remembered: ${problem}`);
  }
}

export const listSorts = new ListSorts();
