import type { ApiHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { Db } from '../db/open-library.js';
import { getClip } from '../library/clips.repo.js';
import {
  addClipsToCollection,
  collectionClipIds,
  createCollection,
  findCollectionByName,
  getCollection,
  listCollections,
  moveClipInCollection,
  moveCollection,
  removeClipsFromCollection,
  updateCollection,
} from '../library/collections.repo.js';
import { collectionMembers } from '../library/collection-members.js';
import { deleteCollectionTree } from '../library/collection-trash.js';
import { addHighlight, deleteHighlight, listHighlights, updateHighlight } from '../library/highlights.repo.js';
import { listEntities, listQuotes, listSpeakers, timeline } from '../library/indexes.repo.js';
import { searchClipIds, searchClips } from '../library/search.js';
import { withTotals } from '../library/collection-totals.js';
import { deleteTag, listTags, mergeTags, renameTag, restoreTags, setTagColor, tagClips, unmoveTags, untagClips } from '../library/tags.repo.js';
import { suggestTags } from '../library/tag-suggestions.js';

export function organiseHandlers(db: Db) {
  const now = () => new Date().toISOString();
  const write = <T>(fn: () => T): T => db.transaction(fn).immediate();
  const countSmart = (query: string) => searchClips(db, query, { limit: 1, offset: 0, sort: 'date-desc', facets: false }).total;
  const collectionsWithTotals = () => withTotals(db, listCollections(db, countSmart), (query) => searchClipIds(db, query, 'relevance'));
  const collectionById = (id: number) => {
    const found = collectionsWithTotals().find((c) => c.id === id);
    if (!found) throw new ApiError('not_found', `There is no collection ${id}.`);
    return found;
  };

  return {
    'tags.list': () => listTags(db),
    'tags.apply': ({ clipIds, names }) => ({ clipIds, added: write(() => tagClips(db, clipIds, names)) }),
    'tags.remove': ({ clipIds, names }) => write(() => (untagClips(db, clipIds, names), { clipIds })),
    'tags.rename': ({ from, to }) => write(() => (renameTag(db, from, to), listTags(db))),
    'tags.merge': ({ from, into }) => write(() => ({ moved: mergeTags(db, from, into), tags: listTags(db) })),
    'tags.unmerge': ({ moved }) => write(() => (unmoveTags(db, moved), listTags(db))),
    'tags.delete': ({ name }) => ({ removed: write(() => deleteTag(db, name)) }),
    'tags.restore': ({ removed }) => write(() => (restoreTags(db, removed), listTags(db))),
    'tags.setColor': ({ name, color }) => write(() => (setTagColor(db, name, color), listTags(db))),
    'tags.suggest': ({ clipId }) => {
      const clip = getClip(db, clipId);
      if (!clip) throw new ApiError('not_found', `There is no clip ${clipId}.`);
      return suggestTags(clip, listTags(db));
    },

    'collections.list': () => collectionsWithTotals(),
    'collections.create': (input) => collectionById(write(() => createCollection(db, input, now()))),
    'collections.update': ({ id, ...fields }) => (write(() => updateCollection(db, id, fields)), collectionById(id)),
    'collections.move': ({ id, parentId, index }) => (write(() => moveCollection(db, id, parentId, index)), collectionsWithTotals()),
    'collections.delete': ({ id }) => ({ deleted: id, removed: write(() => deleteCollectionTree(db, id)) }),
    'collections.addClips': ({ id, clipIds }) => ({ added: write(() => addClipsToCollection(db, id, clipIds)) }),
    'collections.removeClips': ({ id, clipIds }) => ({ removed: clipIds, places: write(() => removeClipsFromCollection(db, id, clipIds)) }),
    'collections.moveClip': ({ id, clipId, index }) => (write(() => moveClipInCollection(db, id, clipId, index)), { clipIds: collectionClipIds(db, id) }),
    'collections.clipIds': ({ id }) => collectionMembers(db, getCollection(db, id)),
    'collections.find': ({ name }) => collectionById(findCollectionByName(db, name).id),

    'highlights.list': ({ clipId }) => listHighlights(db, clipId),
    'highlights.add': (h) => {
      if (!getClip(db, h.clipId)) throw new ApiError('not_found', `There is no clip ${h.clipId}.`);
      if (h.end <= h.start) throw new ApiError('bad_input', 'A highlight must cover at least one character.');
      return write(() => addHighlight(db, h, now()));
    },
    'highlights.update': ({ id, ...fields }) => write(() => updateHighlight(db, id, fields)),
    'highlights.delete': ({ id }) => write(() => deleteHighlight(db, id)),

    'index.entities': ({ kind, filter, limit }) => listEntities(db, kind, filter, limit),
    'index.quotes': (opts) => listQuotes(db, opts),
    'index.speakers': ({ limit }) => listSpeakers(db, limit),
    'index.timeline': () => timeline(db),
  } satisfies Partial<ApiHandlers>;
}
