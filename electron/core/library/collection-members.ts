import type { LibraryDatabase } from '../db/library-database.js';
import { collectionClipIds } from './collections.repo.js';
import { searchLibrary, type SearchOptions } from './search.js';

/** What a smart collection gives at once: its search's first page of at most 1,000 clips, newest first. */
export const SMART_PAGE: SearchOptions = { limit: 1_000, offset: 0, sort: 'date-desc', facets: false };

/** A collection's clips in print order: a manual one's hand-set order, a smart one's search by date. */
export async function collectionMembers(db: LibraryDatabase, collection: { id: number; query: string | null }): Promise<number[]> {
  return collection.query === null
    ? collectionClipIds(db, collection.id)
    : (await searchLibrary(db, collection.query, SMART_PAGE)).hits.map((h) => h.id);
}
