import { z } from 'zod';
import type { ClipDraft } from '../../models/clip-draft.js';
import type { Clip, ClipPage, SavedClip } from '../../models/clip.js';
import type { RelatedClip } from '../../models/comparison.js';
import { MAX_PASTE_CHARS } from '../limits.js';
import { id, ids, method, text, type NamespaceMethods } from '../schema-helpers.js';
import { clipNotes, clipUrl, draftFields } from '../fields.js';

const paste = z.object({
  text: text(MAX_PASTE_CHARS),
  html: text(MAX_PASTE_CHARS).optional(),
});

const editableFields = draftFields.extend({ notes: clipNotes, url: clipUrl }).partial();

export const clipsContract = {
  'clips.parse': method<ClipDraft>()(paste),
  'clips.create': method<SavedClip>()(
    paste.extend({
      draft: draftFields.partial().optional(),
      versionOf: id.nullable().optional(),
    }),
  ),
  'clips.get': method<Clip>()(z.object({ id })),
  'clips.list': method<ClipPage>()(
    z.object({
      trashed: z.boolean().default(false),
      /** A regular collection's clips in its manual order. */
      collectionId: id.optional(),
      /** Clips with this tag or one below it. */
      tag: text(500).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1_000).default(200),
    }),
  ),
  /** Every clip id a list view shows, in its order; give `query` for a search or a smart collection. */
  'clips.ids': method<number[]>()(
    z.object({
      trashed: z.boolean().default(false),
      collectionId: id.optional(),
      tag: text(500).optional(),
      query: text(2_000).optional(),
      sort: z.enum(['relevance', 'date']).default('relevance'),
    }),
  ),
  'clips.update': method<Clip>()(z.object({ id, fields: editableFields })),
  'clips.trash': method<{ trashed: number[] }>()(z.object({ ids })),
  'clips.restore': method<{ restored: number[] }>()(z.object({ ids })),
  'clips.related': method<RelatedClip[]>()(z.object({ id, limit: z.number().int().min(1).max(100).default(10) })),
} as const satisfies NamespaceMethods<'clips'>;
