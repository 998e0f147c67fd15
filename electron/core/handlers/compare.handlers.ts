import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { compareDrafts } from '../../shared/compare/compare-drafts.js';
import { requireClip } from '../library/clips.repo.js';
import type { LibraryContext } from './handler-context.js';

export function compareHandlers({ library }: LibraryContext) {
  return {
    'compare.clips': async ({ a, b }) => compareDrafts(await requireClip(library, a), await requireClip(library, b)),
  } satisfies NamespaceHandlers<'compare'>;
}
