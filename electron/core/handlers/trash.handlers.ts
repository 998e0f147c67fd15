import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { deleteForGood, trashedIds } from '../library/clip-purge.js';
import type { HandlerContext } from './handler-context.js';

export function trashHandlers({ db }: HandlerContext) {
  return {
    'trash.purge': ({ ids }) => ({ purged: deleteForGood(db, () => ids) }),
    'trash.empty': () => ({ purged: deleteForGood(db, () => trashedIds(db)) }),
  } satisfies NamespaceHandlers<'trash'>;
}
