import { ApiError } from '../../shared/api/errors.js';
import type { Db } from '../db/open-library.js';
import { collectionForDossier } from './collection-clips.js';

export interface DossierSourceArgs {
  clipIds?: number[] | undefined;
  collection?: string | undefined;
}

/** The clips to print and the default introduction: a collection's, or the ids given. */
export function resolveDossierSource(db: Db, { clipIds, collection }: DossierSourceArgs): { clipIds: number[]; description: string } {
  if (collection !== undefined && clipIds !== undefined) {
    throw new ApiError('bad_input', 'Give either a collection or clip ids for the dossier, not both.');
  }
  if (collection !== undefined) {
    const found = collectionForDossier(db, collection);
    if (!found.clipIds.length) {
      throw new ApiError('bad_input', `The collection ${found.name} has no clips, so there is nothing to put in a dossier.`);
    }
    return found;
  }
  return { clipIds: clipIds ?? [], description: '' };
}
