import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { searchClips } from '../library/search.js';
import type { HandlerContext } from './handler-context.js';

export function searchHandlers({ db }: HandlerContext) {
  return {
    'search.query': ({ query, ...options }) => searchClips(db, query, options),
  } satisfies NamespaceHandlers<'search'>;
}
