import { z } from 'zod';
import type { Collection, CollectionPlace, DeletedCollection, DeletedTag, MovedTag, TaggedClips, EntityCount, Highlight, QuoteEntry, Tag, TimelineBucket } from '../models/organise.js';
import { HIGHLIGHT_COLORS } from '../models/organise.js';
import { id, ids, method, text } from './schema-helpers.js';

/** Organising the library: tags, collections, highlights and the indexes. Part of the one contract. */

const tagName = text(500).min(1, { message: 'a tag needs a name' });
const tagNames = z.array(tagName).min(1).max(1_000);
const color = z.enum(HIGHLIGHT_COLORS);
const hexColor = z.string().regex(/^#[0-9a-f]{6}$/i, { message: 'must be a colour like #2f6fd0' });
const deletedTag = z.object({ name: tagName, color: hexColor.nullable(), clipIds: z.array(id).max(10_000_000) });
const movedTag = z.object({
  name: tagName,
  color: hexColor.nullable(),
  newName: tagName,
  clipIds: z.array(id).max(10_000_000),
  added: z.array(id).max(10_000_000).nullable(),
  newNameColor: hexColor.nullable(),
});

export const organiseContract = {
  'tags.list': method<Tag[]>()(z.object({})),
  /** `added` lists, per tag, the clips that did not have it before, for an exact undo. */
  'tags.apply': method<{ clipIds: number[]; added: TaggedClips[] }>()(z.object({ clipIds: ids, names: tagNames })),
  'tags.remove': method<{ clipIds: number[] }>()(z.object({ clipIds: ids, names: tagNames })),
  'tags.rename': method<Tag[]>()(z.object({ from: tagName, to: tagName })),
  /** `moved` is each tag as it was, for tags.unmerge. */
  'tags.merge': method<{ tags: Tag[]; moved: MovedTag[] }>()(z.object({ from: tagName, into: tagName })),
  /** Undoes tags.merge with what it returned. */
  'tags.unmerge': method<Tag[]>()(z.object({ moved: z.array(movedTag).min(1).max(10_000) })),
  'tags.delete': method<{ removed: DeletedTag[] }>()(z.object({ name: tagName })),
  'tags.restore': method<Tag[]>()(z.object({ removed: z.array(deletedTag).max(10_000) })),
  'tags.setColor': method<Tag[]>()(z.object({ name: tagName, color: hexColor.nullable() })),
  'tags.suggest': method<string[]>()(z.object({ clipId: id })),

  'collections.list': method<Collection[]>()(z.object({})),
  'collections.create': method<Collection>()(
    z.object({
      name: text(300),
      parentId: id.nullable().default(null),
      description: text(100_000).default(''),
      query: text(2_000).nullable().default(null),
    }),
  ),
  'collections.update': method<Collection>()(
    z.object({ id, name: text(300).optional(), description: text(100_000).optional(), query: text(2_000).nullable().optional() }),
  ),
  'collections.move': method<Collection[]>()(z.object({ id, parentId: id.nullable(), index: z.number().int().min(0) })),
  /** `removed` is the collection and its sub-collections as they were, for collections.restore. */
  'collections.delete': method<{ deleted: number; removed: DeletedCollection[] }>()(z.object({ id })),
  'collections.addClips': method<{ added: number[] }>()(z.object({ id, clipIds: ids })),
  /** `places` are where the removed clips stood, for collections.restoreClips. */
  'collections.removeClips': method<{ removed: number[]; places: CollectionPlace[] }>()(z.object({ id, clipIds: ids })),
  'collections.moveClip': method<{ clipIds: number[] }>()(z.object({ id, clipId: id, index: z.number().int().min(0) })),
  'collections.clipIds': method<number[]>()(z.object({ id })),
  /** By name, or by path ("Briefs/Ukraine") where names repeat under different parents. */
  'collections.find': method<Collection>()(z.object({ name: text(1_000) })),

  'highlights.list': method<Highlight[]>()(z.object({ clipId: id })),
  'highlights.add': method<Highlight>()(
    z.object({
      clipId: id,
      exact: text(100_000).min(1, { message: 'select some text to highlight' }),
      prefix: text(200).default(''),
      suffix: text(200).default(''),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      color: color.default('yellow'),
      note: text(100_000).default(''),
    }),
  ),
  'highlights.update': method<Highlight>()(z.object({ id, color: color.optional(), note: text(100_000).optional() })),
  'highlights.delete': method<Highlight>()(z.object({ id })),

  'index.entities': method<EntityCount[]>()(
    z.object({ kind: z.enum(['person', 'place', 'organization']), filter: text(200).default(''), limit: z.number().int().min(1).max(5_000).default(500) }),
  ),
  'index.quotes': method<{ items: QuoteEntry[]; total: number }>()(
    z.object({
      speaker: text(500).nullable().default(null),
      text: text(500).default(''),
      limit: z.number().int().min(1).max(1_000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
  ),
  'index.speakers': method<EntityCount[]>()(z.object({ limit: z.number().int().min(1).max(5_000).default(500) })),
  'index.timeline': method<TimelineBucket[]>()(z.object({})),
} as const;
