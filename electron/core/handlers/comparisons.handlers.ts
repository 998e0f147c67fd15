import type { NamespaceHandlers } from '../../shared/api/contract.js';
import {
  addComparison,
  getComparison,
  listComparisons,
  moveComparison,
  removeComparison,
  renameComparison,
} from '../library/comparisons.repo.js';
import type { HandlerContext } from './handler-context.js';
import { writeTransaction } from '../db/transaction.js';

export function comparisonsHandlers({ db, library }: HandlerContext) {
  const write = <T>(work: () => T): T => writeTransaction(db, work);

  return {
    'comparisons.add': async (input) => {
      const { id, added } = write(() => addComparison(db, input, new Date().toISOString()));
      return { comparison: await getComparison(library, id), added };
    },
    'comparisons.list': ({ collectionId }) => listComparisons(library, collectionId),
    'comparisons.remove': ({ collectionId, comparisonId }) => write(() => removeComparison(db, collectionId, comparisonId)),
    'comparisons.move': ({ collectionId, comparisonId, index }) => {
      write(() => moveComparison(db, collectionId, comparisonId, index));
      return listComparisons(library, collectionId);
    },
    'comparisons.rename': ({ id, title }) => {
      write(() => renameComparison(db, id, title));
      return getComparison(library, id);
    },
  } satisfies NamespaceHandlers<'comparisons'>;
}
