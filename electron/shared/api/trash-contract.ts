import { z } from 'zod';
import { ids, method } from './schema-helpers.js';

/**
 * Deleting for good, from the Trash: what goes cannot be brought back, so only clips already in
 * the Trash are taken. Part of the one contract.
 */
export const trashContract = {
  /** Deletes these clips, all in the Trash, for good; refuses the lot if one is not. */
  'trash.purge': method<{ purged: number[] }>()(z.object({ ids })),
  /** Deletes every clip in the Trash for good. */
  'trash.empty': method<{ purged: number[] }>()(z.object({})),
} as const;
