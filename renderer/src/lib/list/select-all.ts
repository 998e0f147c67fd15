import { api, describeError } from '../api/api.js';
import type { ApiInput } from '../api/models.js';
import { collections } from '../sidebar/collections.svelte.js';
import { library, type LibraryView } from './library.svelte.js';
import { search } from '../search/search.svelte.js';
import { selection } from './selection.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { asFieldSort, asListSort } from './list-sorts.svelte.js';

/** The clips the list shows, as clips.ids takes them: the search typed wins over the view. */
function listed(view: Exclude<LibraryView, { kind: 'index' }>): ApiInput<'clips.ids'> {
  if (search.active) return { query: search.query, sort: search.sort };
  // In the order the list shows, so a Shift-range picks what lies between on screen.
  const sort = library.sort;
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

/**
 * Picks every clip the list shows (a search, a tag, a collection, the Trash or All clips) by
 * asking the core for their ids alone; the rows themselves still load a page at a time.
 */
export async function selectAll() {
  const view = library.view;
  if (view.kind === 'index') return;
  try {
    const ids = await api.call('clips.ids', listed(view));
    if (library.is(view)) selection.replace(ids);
  } catch (err) {
    toasts.show(`Could not select all: ${describeError(err)}`);
  }
}

/** Every clip's id in list order, for a Shift-range that reaches past the rows loaded. */
export async function listedIds(): Promise<number[]> {
  const view = library.view;
  if (view.kind === 'index') return [];
  try {
    return await api.call('clips.ids', listed(view));
  } catch (err) {
    toasts.show(`Could not extend the selection: ${describeError(err)}`);
    return [];
  }
}
