import type { NamespaceHandlers } from '../../shared/api/contract.js';
import {
  addComparison,
  getComparison,
  listComparisons,
  moveComparison,
  removeComparison,
  renameComparison,
} from '../library/comparisons.repo.js';
import type { LibraryContext } from './handler-context.js';

export function comparisonsHandlers({ library }: LibraryContext) {
  return {
    'comparisons.add': (input) =>
      library.transaction(async (tx) => {
        const { id, added } = await addComparison(tx, input, new Date().toISOString());
        return { comparison: await getComparison(tx, id), added };
      }),
    'comparisons.list': ({ collectionId }) => listComparisons(library, collectionId),
    'comparisons.remove': ({ collectionId, comparisonId }) => library.transaction((tx) => removeComparison(tx, collectionId, comparisonId)),
    'comparisons.move': ({ collectionId, comparisonId, index }) =>
      library.transaction(async (tx) => {
        await moveComparison(tx, collectionId, comparisonId, index);
        return listComparisons(tx, collectionId);
      }),
    'comparisons.rename': ({ id, title }) =>
      library.transaction(async (tx) => {
        await renameComparison(tx, id, title);
        return getComparison(tx, id);
      }),
  } satisfies NamespaceHandlers<'comparisons'>;
}
