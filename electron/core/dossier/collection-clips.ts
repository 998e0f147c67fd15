import type { Db } from '../db/open-library.js';
import { collectionClipIds, findCollectionByName } from '../library/collections.repo.js';
import { searchClips } from '../library/search.js';

/** Most clips a smart collection contributes to one dossier: its search's first page, by date. */
const SMART_LIMIT = 1_000;

/**
 * A collection's clips for a dossier, with its description (the default introduction). A manual
 * collection gives its hand-set order; a smart one, its saved search's results by date.
 */
export function collectionForDossier(db: Db, nameOrPath: string): { clipIds: number[]; description: string; name: string } {
  const collection = findCollectionByName(db, nameOrPath);
  const clipIds =
    collection.query === null
      ? collectionClipIds(db, collection.id)
      : searchClips(db, collection.query, { limit: SMART_LIMIT, offset: 0, sort: 'date', facets: false }).hits.map((h) => h.id);
  return { clipIds, description: collection.description, name: collection.name };
}
