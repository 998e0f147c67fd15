import type { DossierSpec } from '../../shared/models/dossier.js';
import type { PrintedComparison } from './dossier-comparisons.js';
import type { PlannedClip } from './plan-clip.js';

/** What every part of the document is built from. */
export interface DossierModel {
  spec: DossierSpec;
  /** The date printed on the cover, as YYYY-MM-DD: the spec's, else today's. */
  issued: string;
  clips: PlannedClip[];
  /** Empty when the spec leaves the part out or the collection holds none. */
  comparisons: readonly PrintedComparison[];
  /** The titled runs of `clips` after the untitled first run, in print order; empty when there are none. */
  sections: readonly PrintedSection[];
}

/** A section as printed: its heading's element id and title, and its clips (a run of the model's). */
export interface PrintedSection extends PartRef {
  clips: readonly PlannedClip[];
}

/** A part of the document that the contents lists: its element id and heading. */
export interface PartRef {
  id: string;
  title: string;
}
