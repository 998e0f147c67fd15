import { z } from 'zod';
import { ids, method, type NamespaceMethods } from '../schema-helpers.js';

/**
 * Deleting for good, from the Trash: what goes cannot be brought back, so only clips already in
 * the Trash are taken.
 */
export const trashContract = {
  /** Deletes these clips, all in the Trash, for good; refuses the lot if one is not. */
  'trash.purge': method<{ purged: number[] }>()(z.object({ ids })),
  /** Deletes every clip in the Trash for good. */
  'trash.empty': method<{ purged: number[] }>()(z.object({})),
} as const satisfies NamespaceMethods<'trash'>;
