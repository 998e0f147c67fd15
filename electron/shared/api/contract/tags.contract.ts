import { z } from 'zod';
import type { DeletedTag, Tag, TaggedClips, TagTotal } from '../../models/organise.js';
import { id, ids, method, type NamespaceMethods } from '../schema-helpers.js';
import { tagColor, tagName, tagNames } from '../fields.js';

// A tag deleted from an older library may carry a colour from before the palette: it comes back without one.
const deletedTag = z.object({ name: tagName, color: tagColor.nullable().catch(null), clipIds: z.array(id).max(10_000_000) });

export const tagsContract = {
  'tags.list': method<Tag[]>()(z.object({})),
  /** Distinct clips under each tag that has tags below it; a leaf's total is its count in tags.list. */
  'tags.totals': method<TagTotal[]>()(z.object({})),
  /** `added` lists, per tag, the clips that did not have it before, for an exact undo. */
  'tags.apply': method<{ clipIds: number[]; added: TaggedClips[] }>()(z.object({ clipIds: ids, names: tagNames })),
  'tags.remove': method<{ clipIds: number[] }>()(z.object({ clipIds: ids, names: tagNames })),
  'tags.rename': method<Tag[]>()(z.object({ from: tagName, to: tagName })),
  'tags.merge': method<Tag[]>()(z.object({ from: tagName, into: tagName })),
  'tags.delete': method<{ removed: DeletedTag[] }>()(z.object({ name: tagName })),
  'tags.restore': method<Tag[]>()(z.object({ removed: z.array(deletedTag).max(10_000) })),
  'tags.setColor': method<Tag[]>()(z.object({ name: tagName, color: tagColor.nullable() })),
  'tags.suggest': method<string[]>()(z.object({ clipId: id })),
} as const satisfies NamespaceMethods<'tags'>;
