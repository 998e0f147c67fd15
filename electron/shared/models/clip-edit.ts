import type { DraftQuote } from './clip-draft.js';
import type { Highlight } from './organise.js';
import type { Clip } from './clip.js';

/** The fields of a saved clip that a correction can change, as the edit history names them. */
export const EDITABLE_CLIP_FIELDS = [
  'title',
  'date',
  'dateline',
  'source',
  'byline',
  'language',
  'url',
  'paragraphs',
  'quotes',
  'people',
  'places',
  'organizations',
] as const;

export type EditableClipField = (typeof EDITABLE_CLIP_FIELDS)[number];

/** Where a correction was made. */
export const EDIT_CHANNELS = ['app', 'cli'] as const;
export type EditChannel = (typeof EDIT_CHANNELS)[number];

export type FieldValue = string | null | string[] | DraftQuote[];

export interface FieldChange {
  field: EditableClipField;
  before: FieldValue;
  after: FieldValue;
}

/** One saved correction: who made it, where, when, and each field's value before and after. */
export interface ClipEdit {
  id: number;
  clipId: number;
  at: string;
  /** The account on this machine that made it. */
  user: string;
  via: EditChannel;
  changes: FieldChange[];
}

/** What `clips.update` answers: the clip as it is now, and the highlights whose words the new text no longer has. */
export interface EditedClip extends Clip {
  droppedHighlights: Highlight[];
}

/** A header field the user corrected in a saved clip: its value now differs from what the clipper read in its paste. */
export interface FieldCorrection {
  field: 'title' | 'date' | 'dateline' | 'source' | 'byline' | 'language' | 'url';
  value: string | null;
  /** What the clipper read there, before the correction. */
  read: string | null;
}

/** The lists of names found in a clip's text, which the user corrects name by name. */
export const NAME_LIST_FIELDS = ['people', 'places', 'organizations'] as const satisfies readonly EditableClipField[];
export type NameListField = (typeof NAME_LIST_FIELDS)[number];

/** A name the user took out of one of a saved clip's lists of names, or put in by hand. */
export interface NameCorrection {
  field: NameListField;
  name: string;
  change: 'removed' | 'added';
}

/** What the user corrected in a saved clip, for a new version of it to take over. */
export type Correction = FieldCorrection | NameCorrection;

export const isNameCorrection = (c: Correction): c is NameCorrection => 'change' in c;
