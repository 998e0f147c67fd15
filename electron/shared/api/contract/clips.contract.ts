import { z } from 'zod';
import type { ClipDraft } from '../../models/clip-draft.js';
import type { Clip, ClipPage, SavedClip } from '../../models/clip.js';
import type { RelatedClip } from '../../models/comparison.js';
import { MAX_PASTE_CHARS } from '../limits.js';
import { id, ids, isoDate, method, names, text, type NamespaceMethods } from '../schema-helpers.js';
import { LIST_SORTS, VIEW_SORTS } from '../../models/list-sort.js';

const paste = z.object({
  text: text(MAX_PASTE_CHARS),
  html: text(MAX_PASTE_CHARS).optional(),
});

const quote = z.object({ speaker: z.string().max(500).nullable(), text: text(20_000) });

/** The user-checked fields of a draft; anything left out is taken from the parse of the paste. */
const draftFields = z.object({
  title: text(2_000).nullable(),
  date: isoDate.nullable(),
  dateline: text(500).nullable(),
  source: text(500).nullable(),
  byline: names,
  language: text(16),
  paragraphs: z.array(text(MAX_PASTE_CHARS)).max(100_000),
  quotes: z.array(quote).max(10_000),
  people: names,
  places: names,
  organizations: names,
});

const editableFields = draftFields.extend({ notes: text(1_000_000), url: text(4_000).nullable() }).partial();

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
      /** Left out: a collection in its hand-set order, any other list newest clipped first. */
      sort: z.enum(LIST_SORTS).optional(),
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
      /** The order the list shows, which a Shift-range follows; left out, the view's own default. */
      sort: z.enum(VIEW_SORTS).optional(),
    }),
  ),
  'clips.update': method<Clip>()(z.object({ id, fields: editableFields })),
  'clips.trash': method<{ trashed: number[] }>()(z.object({ ids })),
  'clips.restore': method<{ restored: number[] }>()(z.object({ ids })),
  'clips.related': method<RelatedClip[]>()(z.object({ id, limit: z.number().int().min(1).max(100).default(10) })),
} as const satisfies NamespaceMethods<'clips'>;
