import type { LibraryDatabase } from '../db/library-database.js';
import { pluckAll } from '../db/library-database.js';
import type { ViewSort } from '../../shared/models/list-sort.js';
import { ApiError } from '../../shared/api/errors.js';
import { sql } from '../db/sql.js';
import { listSource } from './clips.repo.js';
import { searchLibraryIds } from './search.js';

export interface ClipIdsView {
  trashed: boolean;
  collectionId?: number | undefined;
  tag?: string | undefined;
  /** A search (typed, or a smart collection's): it decides the clips, the other fields are ignored. */
  query?: string | undefined;
  /** Left out: a search best match first, a collection in its own order, any other list newest clipped first. */
  sort?: ViewSort | undefined;
}

/** The ids of every clip a list view shows, in its order: "select all" without loading the rows. */
export async function clipIds(db: LibraryDatabase, view: ClipIdsView): Promise<number[]> {
  const { sort } = view;
  if (view.query !== undefined) {
    if (sort === 'collection')
      throw new ApiError('bad_input', 'A search has no collection order: sort it by relevance, date, source or title.');
    return searchLibraryIds(db, view.query, sort ?? 'relevance');
  }
  if (sort === 'relevance')
    throw new ApiError('bad_input', 'Only a search can be sorted by relevance: sort the list by date, source or title.');
  const { from, order } = listSource(db, { ...view, sort });
  return pluckAll<number>(db, sql`SELECT c.id ${from} ORDER BY ${order}`);
}
