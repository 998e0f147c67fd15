import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { compareDrafts } from '../../shared/compare/compare-drafts.js';
import { getClip } from '../library/clips.repo.js';
import type { HandlerContext } from './handler-context.js';

export function compareHandlers({ db }: HandlerContext) {
  const requireClip = (id: number) => {
    const clip = getClip(db, id);
    if (!clip) throw new ApiError('not_found', `There is no clip ${id} to compare. It may have been deleted for good.`);
    return clip;
  };

  return {
    'compare.clips': ({ a, b }) => compareDrafts(requireClip(a), requireClip(b)),
  } satisfies NamespaceHandlers<'compare'>;
}
