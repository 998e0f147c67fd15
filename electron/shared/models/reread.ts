import type { EditableClipField } from './clip-edit.js';

/** The fields a re-reading recomputes from a saved clip's text, unless the user corrected them. */
export const REREAD_FIELDS = ['people', 'places', 'organizations', 'quotes'] as const satisfies readonly EditableClipField[];
export type RereadField = (typeof REREAD_FIELDS)[number];

/** How far a re-reading of many clips has got. */
export interface RereadProgress {
  done: number;
  total: number;
}

/** What a re-reading did. */
export interface RereadResult {
  /** Clips read again. */
  reread: number;
  /** Clips whose names or quotes came out different. */
  changed: number[];
  /** Clips with a field left as the user corrected it. */
  kept: { id: number; fields: RereadField[] }[];
  /** Ids that name no clip. */
  missing: number[];
  /** True when the job was stopped before the last clip; those read by then stay read. */
  cancelled: boolean;
}
