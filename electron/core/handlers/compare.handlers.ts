import type { ApiHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { compareDrafts } from '../../shared/compare/compare-drafts.js';
import type { Db } from '../db/open-library.js';
import { getClip } from '../library/clips.repo.js';
import { relatedClips } from '../library/related.js';

export function compareHandlers(db: Db) {
  const requireClip = (id: number) => {
    const clip = getClip(db, id);
    if (!clip) throw new ApiError('not_found', `There is no clip ${id} to compare. It may have been deleted for good.`);
    return clip;
  };

  return {
    'compare.clips': ({ a, b }) => compareDrafts(requireClip(a), requireClip(b)),

    'clips.related': ({ id, limit }) => {
      const related = relatedClips(db, id, limit);
      if (!related) throw new ApiError('not_found', `There is no clip ${id}. It may have been deleted for good.`);
      return related;
    },
  } satisfies Partial<ApiHandlers>;
}
