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

export function comparisonsHandlers({ db }: HandlerContext) {
  const write = <T>(work: () => T): T => writeTransaction(db, work);

  return {
    'comparisons.add': (input) =>
      write(() => {
        const { id, added } = addComparison(db, input, new Date().toISOString());
        return { comparison: getComparison(db, id), added };
      }),
    'comparisons.list': ({ collectionId }) => listComparisons(db, collectionId),
    'comparisons.remove': ({ collectionId, comparisonId }) => write(() => removeComparison(db, collectionId, comparisonId)),
    'comparisons.move': ({ collectionId, comparisonId, index }) =>
      write(() => {
        moveComparison(db, collectionId, comparisonId, index);
        return listComparisons(db, collectionId);
      }),
    'comparisons.rename': ({ id, title }) =>
      write(() => {
        renameComparison(db, id, title);
        return getComparison(db, id);
      }),
  } satisfies NamespaceHandlers<'comparisons'>;
}
