import type { Db } from '../db/open-library.js';
import type { SearchSort } from '../../shared/models/clip.js';
import { pluck, sql } from '../db/sql.js';
import { listSource } from './clips.repo.js';
import { searchClipIds } from './search.js';

export interface ClipIdsView {
  trashed: boolean;
  collectionId?: number | undefined;
  tag?: string | undefined;
  /** A search (typed, or a smart collection's): it decides the clips, the other fields are ignored. */
  query?: string | undefined;
  sort: SearchSort;
}

/** The ids of every clip a list view shows, in its order: "select all" without loading the rows. */
export function clipIds(db: Db, view: ClipIdsView): number[] {
  if (view.query !== undefined) return searchClipIds(db, view.query, view.sort);
  const { from, order } = listSource(view);
  return pluck<number>(db, sql`SELECT c.id ${from} ORDER BY ${order}`);
}
