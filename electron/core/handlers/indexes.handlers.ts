import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { listEntities, listQuotes, listSpeakers, timeline } from '../library/indexes.repo.js';
import type { HandlerContext } from './handler-context.js';

export function indexesHandlers({ db }: HandlerContext) {
  return {
    'indexes.entities': ({ kind, filter, limit }) => listEntities(db, kind, filter, limit),
    'indexes.quotes': (opts) => listQuotes(db, opts),
    'indexes.speakers': ({ limit }) => listSpeakers(db, limit),
    'indexes.timeline': () => timeline(db),
  } satisfies NamespaceHandlers<'indexes'>;
}
