import { z } from 'zod';
import type { TagTotal } from '../models/organise.js';
import { id, method, text } from './schema-helpers.js';
import { VIEW_SORTS } from '../models/list-sort.js';

/**
 * Everyday comfort: "select all" as ids, undoing changes to collections, and tag counts over a
 * subtree. Part of the one contract.
 */

const place = z.object({ clipId: id, position: z.number().finite() });
const places = z.array(place).max(1_000_000);

const deletedCollection = z.object({
  id,
  parentId: id.nullable(),
  name: text(300).min(1),
  position: z.number().finite(),
  description: text(100_000),
  query: text(2_000).nullable(),
  createdAt: text(100),
  clips: places,
  comparisons: z
    .array(z.object({ a: id, b: id, title: text(2_000), createdAt: text(100), position: z.number().finite() }))
    .max(10_000)
    .default([]),
});

export const comfortContract = {
  /** Every clip id a list view shows, in its order; give `query` for a search or a smart collection. */
  'clips.ids': method<number[]>()(
    z.object({
      trashed: z.boolean().default(false),
      collectionId: id.optional(),
      tag: text(500).optional(),
      query: text(2_000).optional(),
      /** The order the list shows, which a Shift-range follows; left out, the view's own default. */
      sort: z.enum(VIEW_SORTS).optional(),
    }),
  ),
  /** Undoes collections.delete with what it returned; gives the id the collection has again. */
  'collections.restore': method<{ restored: number | null }>()(z.object({ removed: z.array(deletedCollection).min(1).max(10_000) })),
  /** Undoes collections.removeClips with the places it returned. */
  'collections.restoreClips': method<{ restored: number[] }>()(z.object({ id, places })),
  /** Distinct clips under each tag that has tags below it; a leaf's total is its count in tags.list. */
  'tags.totals': method<TagTotal[]>()(z.object({})),
} as const;
