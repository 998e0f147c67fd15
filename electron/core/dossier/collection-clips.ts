import type { Db } from '../db/open-library.js';
import { collectionMembers, findCollectionByName } from '../library/collections-sqlite.repo.js';

/** A collection's clips for a dossier, in print order, with its description (the default introduction). */
export function collectionForDossier(db: Db, nameOrPath: string): { clipIds: number[]; description: string; name: string } {
  const collection = findCollectionByName(db, nameOrPath);
  return { clipIds: collectionMembers(db, collection), description: collection.description, name: collection.name };
}
