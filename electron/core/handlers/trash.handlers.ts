import type { ApiHandlers } from '../../shared/api/contract.js';
import type { Db } from '../db/open-library.js';
import { deleteForGood, trashedIds } from '../library/clip-purge.js';

export function trashHandlers(db: Db) {
  return {
    'trash.purge': ({ ids }) => ({ purged: deleteForGood(db, () => ids) }),
    'trash.empty': () => ({ purged: deleteForGood(db, () => trashedIds(db)) }),
  } satisfies Partial<ApiHandlers>;
}
