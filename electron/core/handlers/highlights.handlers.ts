import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { requireClip } from '../library/clips.repo.js';
import { addHighlight, deleteHighlight, listAllHighlights, listHighlights, updateHighlight } from '../library/highlights.repo.js';
import { memberOf, type LibraryContext } from './handler-context.js';

export function highlightsHandlers(context: LibraryContext) {
  const { library } = context;
  return {
    'highlights.list': ({ clipId }) => listHighlights(library, clipId),
    'highlights.all': (filter) => listAllHighlights(library, filter),
    'highlights.add': async (h) => {
      await requireClip(library, h.clipId);
      if (h.end <= h.start) throw new ApiError('bad_input', 'A highlight must cover at least one character.');
      return library.transaction((tx) => addHighlight(tx, h, new Date().toISOString(), memberOf(context)));
    },
    'highlights.update': ({ id, ...fields }) => library.transaction((tx) => updateHighlight(tx, id, fields)),
    'highlights.delete': ({ id }) => library.transaction((tx) => deleteHighlight(tx, id)),
  } satisfies NamespaceHandlers<'highlights'>;
}
