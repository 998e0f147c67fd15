import { z } from 'zod';
import type { DeletedTag, MovedTag, Tag, TaggedClips, TagTotal } from '../../models/organise.js';
import { id, ids, method, type NamespaceMethods } from '../schema-helpers.js';
import { tagColor, tagName, tagNames } from '../fields.js';

// A tag deleted from an older library may carry a colour from before the palette: it comes back without one.
const deletedTag = z.object({ name: tagName, color: tagColor.nullable().catch(null), clipIds: z.array(id).max(10_000_000) });
const movedTag = z.object({
  name: tagName,
  color: tagColor.nullable().catch(null),
  newName: tagName,
  clipIds: z.array(id).max(10_000_000),
  added: z.array(id).max(10_000_000).nullable(),
  newNameColor: tagColor.nullable().catch(null),
});

export const tagsContract = {
  'tags.list': method<Tag[]>()(z.object({})),
  /** Distinct clips under each tag that has tags below it; a leaf's total is its count in tags.list. */
  'tags.totals': method<TagTotal[]>()(z.object({})),
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
  'tags.setColor': method<Tag[]>()(z.object({ name: tagName, color: tagColor.nullable() })),
  'tags.suggest': method<string[]>()(z.object({ clipId: id })),
} as const satisfies NamespaceMethods<'tags'>;
