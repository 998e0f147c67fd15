import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { deleteForGood, trashedIds } from '../library/clip-purge.js';
import type { LibraryContext } from './handler-context.js';

export function trashHandlers({ library }: LibraryContext) {
  return {
    'trash.purge': async ({ ids }) => ({ purged: await deleteForGood(library, async () => ids) }),
    'trash.empty': async () => ({ purged: await deleteForGood(library, trashedIds) }),
  } satisfies NamespaceHandlers<'trash'>;
}
