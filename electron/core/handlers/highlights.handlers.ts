import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { requireClip } from '../library/clips.repo.js';
import { addHighlight, deleteHighlight, listHighlights, updateHighlight } from '../library/highlights.repo.js';
import type { HandlerContext } from './handler-context.js';
import { writeTransaction } from '../db/transaction.js';

export function highlightsHandlers({ db }: HandlerContext) {
  const write = <T>(work: () => T): T => writeTransaction(db, work);

  return {
    'highlights.list': ({ clipId }) => listHighlights(db, clipId),
    'highlights.add': (h) => {
      requireClip(db, h.clipId);
      if (h.end <= h.start) throw new ApiError('bad_input', 'A highlight must cover at least one character.');
      return write(() => addHighlight(db, h, new Date().toISOString()));
    },
    'highlights.update': ({ id, ...fields }) => write(() => updateHighlight(db, id, fields)),
    'highlights.delete': ({ id }) => write(() => deleteHighlight(db, id)),
  } satisfies NamespaceHandlers<'highlights'>;
}
