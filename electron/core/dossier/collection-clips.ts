import type { LibraryDatabase } from '../db/library-database.js';
import { listCollectionFields, pickCollection } from '../library/collections.repo.js';
import { collectionMembers } from '../library/collection-members.js';
import { collectionSections, type DossierSection } from '../../shared/organise/collection-sections.js';

export interface CollectionDossier {
  clipIds: number[];
  description: string;
  name: string;
  sections: DossierSection[];
}

/**
 * A collection's clips for a dossier, in print order, with its description (the default
 * introduction) and, when asked, the collections inside it as sections.
 */
export async function collectionForDossier(db: LibraryDatabase, nameOrPath: string, withSections: boolean): Promise<CollectionDossier> {
  // One read of the tree finds the collection and the collections inside it.
  const all = await listCollectionFields(db);
  const collection = pickCollection(all, nameOrPath);
  const clipIds = await collectionMembers(db, collection);
  const found = withSections ? await collectionSections(all, collection.id, clipIds, (c) => collectionMembers(db, c)) : [];
  const sections = found.map(({ title, clipIds: ids }) => ({ title, clipIds: ids }));
  return { clipIds, description: collection.description, name: collection.name, sections };
}
