import type { ApiHandlers } from '../../shared/api/contract.js';
import type { Db } from '../db/open-library.js';
import { searchClips } from '../library/search.js';

export function searchHandlers(db: Db) {
  return {
    'search.query': ({ query, ...options }) => searchClips(db, query, options),
  } satisfies Partial<ApiHandlers>;
}
