import type { LibraryDatabase } from '../db/library-database.js';
import { collectionClipIds } from './collections.repo.js';
import { searchLibrary } from './search.js';

/** Most clips a smart collection gives at once: its search's first page, newest first. */
const SMART_LIMIT = 1_000;

/** A collection's clips in print order: a manual one's hand-set order, a smart one's search by date. */
export async function collectionMembers(db: LibraryDatabase, collection: { id: number; query: string | null }): Promise<number[]> {
  if (collection.query === null) return collectionClipIds(db, collection.id);
  const found = await searchLibrary(db, collection.query, { limit: SMART_LIMIT, offset: 0, sort: 'date-desc', facets: false });
  return found.hits.map((h) => h.id);
}
