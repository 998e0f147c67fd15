import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { listEntities, listQuotes, listSpeakers, timeline } from '../library/indexes.repo.js';
import type { LibraryContext } from './handler-context.js';

export function indexesHandlers({ library }: LibraryContext) {
  return {
    'indexes.entities': ({ kind, filter, limit }) => listEntities(library, kind, filter, limit),
    'indexes.quotes': (opts) => listQuotes(library, opts),
    'indexes.speakers': ({ limit }) => listSpeakers(library, limit),
    'indexes.timeline': () => timeline(library),
  } satisfies NamespaceHandlers<'indexes'>;
}
