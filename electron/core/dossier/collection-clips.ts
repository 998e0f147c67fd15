import type { LibraryDatabase } from '../db/library-database.js';
import { findCollectionByName } from '../library/collections.repo.js';
import { collectionMembers } from '../library/collection-members.js';

/** A collection's clips for a dossier, in print order, with its description (the default introduction). */
export async function collectionForDossier(
  db: LibraryDatabase,
  nameOrPath: string,
): Promise<{ clipIds: number[]; description: string; name: string }> {
  const collection = await findCollectionByName(db, nameOrPath);
  return { clipIds: await collectionMembers(db, collection), description: collection.description, name: collection.name };
}
