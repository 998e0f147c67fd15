import type { Db } from '../db/open-library.js';
import { collectionClipIds } from './collections.repo.js';
import { searchClips } from './search-fts.js';

/** Most clips a smart collection gives at once: its search's first page, newest first. */
const SMART_LIMIT = 1_000;

/** A collection's clips in print order: a manual one's hand-set order, a smart one's search by date. */
export function collectionMembers(db: Db, collection: { id: number; query: string | null }): number[] {
  return collection.query === null
    ? collectionClipIds(db, collection.id)
    : searchClips(db, collection.query, { limit: SMART_LIMIT, offset: 0, sort: 'date-desc', facets: false }).hits.map((h) => h.id);
}
