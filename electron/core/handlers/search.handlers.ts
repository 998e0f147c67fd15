import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { searchLibrary } from '../library/search.js';
import type { LibraryContext } from './handler-context.js';

export function searchHandlers({ library }: LibraryContext) {
  return {
    'search.query': ({ query, ...options }) => searchLibrary(library, query, options),
  } satisfies NamespaceHandlers<'search'>;
}
