import { ApiError } from '../../shared/api/errors.js';
import type { Clip } from '../../shared/models/clip.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { getClip } from '../library/clips.repo.js';

/**
 * Loads the clips in the order given, with their tags and highlights. Missing or trashed clips
 * are refused by id rather than silently skipped: a brief that quietly lost a clip is worse than
 * one that was not printed.
 */
export async function loadDossierClips(db: LibraryDatabase, ids: readonly number[]): Promise<Clip[]> {
  const missing: number[] = [];
  const trashed: number[] = [];
  const clips: Clip[] = [];
  for (const id of new Set(ids)) {
    const clip = await getClip(db, id);
    if (!clip) missing.push(id);
    else if (clip.deletedAt) trashed.push(id);
    else clips.push(clip);
  }
  if (missing.length) {
    throw new ApiError('not_found', `The dossier cannot be made: there is no clip ${missing.join(', ')}.`);
  }
  if (trashed.length) {
    throw new ApiError('bad_input', `Clip ${trashed.join(', ')} is in the trash. Restore it or leave it out of the dossier.`);
  }
  return clips;
}
