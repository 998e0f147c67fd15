import { z } from 'zod';
import type { AddedComparison, RemovedComparison, SavedComparison } from '../../models/saved-comparison.js';
import { id, method, text, type NamespaceMethods } from '../schema-helpers.js';

/** Comparisons kept in collections, so a dossier can print them. */

const index = z.number().int().min(0);

export const comparisonsContract = {
  /** Adding a pair the collection already holds (either way round) adds nothing and says so. */
  'comparisons.add': method<AddedComparison>()(
    z.object({
      collectionId: id,
      a: id,
      b: id,
      /** Empty or left out: "A title — B title". */
      title: text(1_000).optional(),
      /** Where among the collection's comparisons; left out puts it last. */
      index: index.optional(),
    }),
  ),
  /** A collection's comparisons in their order; pairs with a clip in the trash are left out. */
  'comparisons.list': method<SavedComparison[]>()(z.object({ collectionId: id })),
  'comparisons.remove': method<RemovedComparison>()(z.object({ collectionId: id, comparisonId: id })),
  'comparisons.move': method<SavedComparison[]>()(z.object({ collectionId: id, comparisonId: id, index })),
  /** Renames the pair wherever it is kept; an empty title goes back to "A title — B title". */
  'comparisons.rename': method<SavedComparison>()(z.object({ id, title: text(1_000) })),
} as const satisfies NamespaceMethods<'comparisons'>;
