import { z } from 'zod';
import type { Collection, CollectionPlace, DeletedCollection } from '../../models/organise.js';
import { id, ids, method, text, type NamespaceMethods } from '../schema-helpers.js';
import { collectionDescription, collectionName, collectionQuery } from '../fields.js';

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

/**
 * The collection's version as last read. A rename, move or reorder made against a version someone
 * has changed since is refused (`stale_version`, saying who and when); left out, it is written
 * over whatever the collection holds.
 */
const version = z.number().int().min(1).optional();

export const collectionsContract = {
  'collections.list': method<Collection[]>()(z.object({})),
  'collections.create': method<Collection>()(
    z.object({
      name: collectionName,
      parentId: id.nullable().default(null),
      description: collectionDescription.default(''),
      query: collectionQuery.default(null),
    }),
  ),
  'collections.update': method<Collection>()(
    z.object({
      id,
      name: collectionName.optional(),
      description: collectionDescription.optional(),
      query: collectionQuery.optional(),
      version,
    }),
  ),
  'collections.move': method<Collection[]>()(z.object({ id, parentId: id.nullable(), index: z.number().int().min(0), version })),
  /** `removed` is the collection and its sub-collections as they were, for collections.restore. */
  'collections.delete': method<{ deleted: number; removed: DeletedCollection[] }>()(z.object({ id })),
  /** Undoes collections.delete with what it returned; gives the id the collection has again. */
  'collections.restore': method<{ restored: number | null }>()(z.object({ removed: z.array(deletedCollection).min(1).max(10_000) })),
  'collections.addClips': method<{ added: number[] }>()(z.object({ id, clipIds: ids })),
  /** `places` are where the removed clips stood, for collections.restoreClips. */
  'collections.removeClips': method<{ removed: number[]; places: CollectionPlace[] }>()(z.object({ id, clipIds: ids })),
  /** Undoes collections.removeClips with the places it returned. */
  'collections.restoreClips': method<{ restored: number[] }>()(z.object({ id, places })),
  'collections.moveClip': method<{ clipIds: number[] }>()(z.object({ id, clipId: id, index: z.number().int().min(0), version })),
  'collections.clipIds': method<number[]>()(z.object({ id })),
  /** By name, or by path ("Briefs/Ukraine") where names repeat under different parents. */
  'collections.find': method<Collection>()(z.object({ name: text(1_000) })),
} as const satisfies NamespaceMethods<'collections'>;
