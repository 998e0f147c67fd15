import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { collectionMembers } from '../library/collection-members.js';
import { moveClipInCollection, moveCollection } from '../library/collection-order.js';
import { deleteCollectionTree, restoreCollections } from '../library/collection-trash.js';
import {
  addClipsToCollection,
  collectionClipIds,
  createCollection,
  findCollectionByName,
  getCollection,
  noSuchCollection,
  removeClipsFromCollection,
  restoreClipsToCollection,
  updateCollection,
} from '../library/collections.repo.js';
import { listCollectionsWithTotals } from '../library/collection-list.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { claimRow } from '../library/row-versions.js';
import { memberOf, type LibraryContext } from './handler-context.js';

const now = () => new Date().toISOString();

/** One collection as the sidebar shows it, with its count and total. */
async function collectionById(db: LibraryDatabase, id: number) {
  const found = (await listCollectionsWithTotals(db)).find((c) => c.id === id);
  if (!found) throw noSuchCollection(id);
  return found;
}

/** The collections methods, over the library alone, whichever engine holds it. */
export function collectionsHandlers(context: LibraryContext) {
  const { library } = context;
  /** A rename, move or reorder claims the collection first: refused (stale_version) when it changed since `version`. */
  const claim = async (tx: LibraryDatabase, id: number, version: number | undefined) => {
    const change = { by: memberOf(context), at: now() };
    await claimRow(tx, 'collection', id, { version, by: change.by }, change.at);
    return change;
  };
  return {
    'collections.list': () => listCollectionsWithTotals(library),
    'collections.create': async (input) => collectionById(library, await library.transaction((tx) => createCollection(tx, input, now()))),
    'collections.update': async ({ id, version, ...fields }) => {
      await library.transaction(async (tx) => {
        await claim(tx, id, version);
        await updateCollection(tx, id, fields);
      });
      return collectionById(library, id);
    },
    'collections.move': async ({ id, parentId, index, version }) => {
      await library.transaction(async (tx) => moveCollection(tx, id, parentId, index, await claim(tx, id, version)));
      return listCollectionsWithTotals(library);
    },
    'collections.delete': async ({ id }) => ({ deleted: id, removed: await library.transaction((tx) => deleteCollectionTree(tx, id)) }),
    'collections.restore': async ({ removed }) => ({ restored: await library.transaction((tx) => restoreCollections(tx, removed)) }),
    'collections.addClips': async ({ id, clipIds }) => ({
      added: await library.transaction((tx) => addClipsToCollection(tx, id, clipIds)),
    }),
    'collections.removeClips': async ({ id, clipIds }) => ({
      removed: clipIds,
      places: await library.transaction((tx) => removeClipsFromCollection(tx, id, clipIds)),
    }),
    'collections.restoreClips': async ({ id, places }) => ({
      restored: await library.transaction((tx) => restoreClipsToCollection(tx, id, places)),
    }),
    'collections.moveClip': ({ id, clipId, index, version }) =>
      library.transaction(async (tx) => {
        await claim(tx, id, version);
        await moveClipInCollection(tx, id, clipId, index);
        return { clipIds: await collectionClipIds(tx, id) };
      }),
    'collections.clipIds': async ({ id }) => collectionMembers(library, await getCollection(library, id)),
    'collections.find': async ({ name }) => collectionById(library, (await findCollectionByName(library, name)).id),
  } satisfies NamespaceHandlers<'collections'>;
}
