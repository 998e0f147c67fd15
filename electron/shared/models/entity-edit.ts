import type { EntityKind } from './organise.js';

/** The clip field that holds the names of each kind. */
export const NAMES_FIELD = { person: 'people', place: 'places', organization: 'organizations' } as const satisfies Record<
  EntityKind,
  string
>;
export type NamesField = (typeof NAMES_FIELD)[EntityKind];

/** One clip as a change of a name across the library found it: enough to put it back exactly. */
export interface EntityEditUndo {
  clipId: number;
  /** The clip's version once changed: an undo leaves a clip that has changed again since. */
  version: number;
  /** The names of each kind the change rewrote, as they were. */
  names: Partial<Record<NamesField, string[]>>;
  /** The quotes whose speaker the change renamed, by position, with the speaker they had. */
  speakers: { position: number; speaker: string }[];
}

/** How far a change of one name across many clips has got. */
export interface EntityEditProgress {
  done: number;
  total: number;
}

/** What renaming, re-kinding or removing a name did. */
export interface EntityEditResult {
  /** The clips changed, each recorded in its history as an edit. */
  clipIds: number[];
  /** True when the new name was already in its index, so the two are now one. */
  merged: boolean;
  /** What `indexes.undoEntityEdit` takes to put every changed clip back. */
  undo: EntityEditUndo[];
}

/** What undoing a change of a name did. */
export interface EntityUndoResult {
  /** The clips put back as they were. */
  clipIds: number[];
  /** Clips left as they are, because they changed again after the change being undone. */
  changedSince: number[];
  /** Clips no longer in the library. */
  missing: number[];
}
