import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { compareDrafts } from '../../shared/compare/compare-drafts.js';
import { requireClip } from '../library/clips.repo.js';
import type { HandlerContext } from './handler-context.js';

export function compareHandlers({ db }: HandlerContext) {
  return {
    'compare.clips': ({ a, b }) => compareDrafts(requireClip(db, a), requireClip(db, b)),
  } satisfies NamespaceHandlers<'compare'>;
}
