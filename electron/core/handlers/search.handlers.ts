import type { ApiHandlers } from '../../shared/api/contract.js';
import type { Db } from '../db/open-library.js';
import { searchClips } from '../library/search.js';

export function searchHandlers(db: Db) {
  return {
    'search.query': ({ query, limit, offset }) => searchClips(db, query, limit, offset),
  } satisfies Partial<ApiHandlers>;
}
