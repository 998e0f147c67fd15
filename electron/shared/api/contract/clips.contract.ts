import { z } from 'zod';
import type { Clip, ClipPage, ReviewDraft, SavedClip } from '../../models/clip.js';
import { EDIT_CHANNELS, type ClipEdit, type Correction, type EditedClip } from '../../models/clip-edit.js';
import type { RelatedClip } from '../../models/comparison.js';
import { MAX_PASTE_CHARS } from '../limits.js';
import { id, ids, method, text, type NamespaceMethods } from '../schema-helpers.js';
import { clipNotes, draftFields } from '../fields.js';
import { LIST_SORTS, VIEW_SORTS } from '../../models/list-sort.js';
import type { RereadResult } from '../../models/reread.js';

const paste = z.object({
  text: text(MAX_PASTE_CHARS),
  html: text(MAX_PASTE_CHARS).optional(),
  /** Where the paste came from, when the clipboard says so; the page's own address wins. */
  url: text(4_000).nullable().optional(),
});

const editableFields = draftFields.extend({ notes: clipNotes }).partial();

export const clipsContract = {
  'clips.parse': method<ReviewDraft>()(paste),
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
  /**
   * Corrects a saved clip; every change but the notes is kept in its history, `via` saying where it
   * was made. `version` is the clip's version as last read: when the clip has changed since (an
   * edit, a tag), nothing is saved and the answer is `stale_version`, saying who changed it and
   * when. Left out, the edit is written over whatever the clip holds.
   */
  'clips.update': method<EditedClip>()(
    z.object({ id, fields: editableFields, via: z.enum(EDIT_CHANNELS).default('app'), version: z.number().int().min(1).optional() }),
  ),
  /** A clip's corrections, newest first. */
  'clips.history': method<ClipEdit[]>()(z.object({ id })),
  /** The fields of a saved clip that differ from what the clipper read in its paste: corrections a new version may want too. */
  'clips.corrections': method<Correction[]>()(z.object({ id })),
  'clips.trash': method<{ trashed: number[] }>()(z.object({ ids })),
  'clips.restore': method<{ restored: number[] }>()(z.object({ ids })),
  /**
   * Finds the people, places, organisations and quotes of saved clips again in their text, with
   * the clipper as it reads now. A field the user corrected (in the clip's edit history) is left
   * as they made it. `jobId` follows the progress of a long run and stops it with clips.rereadCancel.
   */
  'clips.reread': method<RereadResult>()(z.object({ ids, jobId: text(100).optional() })),
  /** Stops a running re-reading by its job id; the clips read by then stay read. */
  'clips.rereadCancel': method<{ cancelled: boolean }>()(z.object({ jobId: text(100) })),
  'clips.related': method<RelatedClip[]>()(z.object({ id, limit: z.number().int().min(1).max(100).default(10) })),
} as const satisfies NamespaceMethods<'clips'>;
