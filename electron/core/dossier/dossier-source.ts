import { ApiError } from '../../shared/api/errors.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { collectionForDossier } from './collection-clips.js';
import { loadDossierComparisons } from './dossier-comparisons.js';

export interface DossierSourceArgs {
  clipIds?: number[] | undefined;
  collection?: string | undefined;
  comparisonIds?: number[] | undefined;
}

export interface DossierSource {
  clipIds: number[];
  description: string;
  comparisons: Awaited<ReturnType<typeof loadDossierComparisons>>;
}

/** The clips and comparisons to print and the default introduction: a collection's, or the ids given. */
export async function resolveDossierSource(
  db: LibraryDatabase,
  { clipIds, collection, comparisonIds }: DossierSourceArgs,
): Promise<DossierSource> {
  if (collection !== undefined && clipIds !== undefined) {
    throw new ApiError('bad_input', 'Give either a collection or clip ids for the dossier, not both.');
  }
  if (collection !== undefined) {
    const found = await collectionForDossier(db, collection);
    if (!found.clipIds.length) {
      throw new ApiError('bad_input', `The collection ${found.name} has no clips, so there is nothing to put in a dossier.`);
    }
    return { ...found, comparisons: await loadDossierComparisons(db, { collection, comparisonIds }) };
  }
  return { clipIds: clipIds ?? [], description: '', comparisons: await loadDossierComparisons(db, { comparisonIds }) };
}
