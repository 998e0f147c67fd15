import type { ApiHandlers } from '../../shared/api/contract.js';
import type { Db } from '../db/open-library.js';
import { clipIds } from '../library/clip-ids.js';
import { restoreCollections } from '../library/collection-trash.js';
import { restoreClipsToCollection } from '../library/collections.repo.js';
import { tagTotals } from '../library/tag-totals.js';

export function comfortHandlers(db: Db) {
  const write = <T>(fn: () => T): T => db.transaction(fn).immediate();

  return {
    'clips.ids': (view) => clipIds(db, view),
    'collections.restore': ({ removed }) => ({ restored: write(() => restoreCollections(db, removed)) }),
    'collections.restoreClips': ({ id, places }) => ({ restored: write(() => restoreClipsToCollection(db, id, places)) }),
    'tags.totals': () => tagTotals(db),
  } satisfies Partial<ApiHandlers>;
}
