import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { collectionMembers } from '../library/collection-members.js';
import { deleteCollectionTree, restoreCollections } from '../library/collection-trash.js';
import {
  addClipsToCollection,
  collectionClipIds,
  createCollection,
  findCollectionByName,
  getCollection,
  moveClipInCollection,
  moveCollection,
  removeClipsFromCollection,
  restoreClipsToCollection,
  updateCollection,
} from '../library/collections.repo.js';
import { listCollectionsWithTotals } from '../library/collection-list.js';
import type { HandlerContext, LibraryContext } from './handler-context.js';
import { writeTransaction } from '../db/transaction.js';

/** The collections methods over the library alone, whichever engine holds it. */
export function collectionsLibraryHandlers({ library }: LibraryContext) {
  return {
    'collections.list': () => listCollectionsWithTotals(library),
  } satisfies Partial<NamespaceHandlers<'collections'>>;
}

export function collectionsHandlers(context: HandlerContext) {
  const { db, library } = context;
  const now = () => new Date().toISOString();
  const write = <T>(work: () => T): T => writeTransaction(db, work);
  const collectionsWithTotals = () => listCollectionsWithTotals(library);
  const collectionById = async (id: number) => {
    const found = (await collectionsWithTotals()).find((c) => c.id === id);
    if (!found) throw new ApiError('not_found', `There is no collection ${id}.`);
    return found;
  };

  return {
    ...collectionsLibraryHandlers(context),
    'collections.create': (input) => collectionById(write(() => createCollection(db, input, now()))),
    'collections.update': ({ id, ...fields }) => {
      write(() => updateCollection(db, id, fields));
      return collectionById(id);
    },
    'collections.move': ({ id, parentId, index }) => {
      write(() => moveCollection(db, id, parentId, index));
      return collectionsWithTotals();
    },
    'collections.delete': ({ id }) => ({ deleted: id, removed: write(() => deleteCollectionTree(db, id)) }),
    'collections.restore': ({ removed }) => ({ restored: write(() => restoreCollections(db, removed)) }),
    'collections.addClips': ({ id, clipIds }) => ({ added: write(() => addClipsToCollection(db, id, clipIds)) }),
    'collections.removeClips': ({ id, clipIds }) => ({ removed: clipIds, places: write(() => removeClipsFromCollection(db, id, clipIds)) }),
    'collections.restoreClips': ({ id, places }) => ({ restored: write(() => restoreClipsToCollection(db, id, places)) }),
    'collections.moveClip': async ({ id, clipId, index }) => {
      write(() => moveClipInCollection(db, id, clipId, index));
      return { clipIds: await collectionClipIds(library, id) };
    },
    'collections.clipIds': ({ id }) => collectionMembers(library, getCollection(db, id)),
    'collections.find': async ({ name }) => collectionById((await findCollectionByName(library, name)).id),
  } satisfies NamespaceHandlers<'collections'>;
}
