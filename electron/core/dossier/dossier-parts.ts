import type { Clip } from '../../shared/models/clip.js';
import type { DossierSpec } from '../../shared/models/dossier.js';
import { orderClips } from '../../shared/export/order-clips.js';
import type { PrintedComparison } from './dossier-comparisons.js';
import type { DossierModel } from './dossier-types.js';
import { planClips, type PlannedClip } from './plan-clip.js';

export interface DossierModelOptions {
  now?: Date;
  /** The collection's saved comparisons, printed after the clips when the spec's part is on. */
  comparisons?: readonly PrintedComparison[];
}

function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What every format prints: the clips in the spec's order, numbered, and the date on the cover. */
export function dossierModel(
  clips: readonly Clip[],
  spec: DossierSpec,
  { now = new Date(), comparisons = [] }: DossierModelOptions,
): DossierModel {
  return {
    spec,
    issued: spec.date ?? localIsoDate(now),
    clips: planClips(orderClips(clips, spec.order)),
    comparisons: spec.parts.comparisons ? comparisons : [],
  };
}

/** The introduction the dossier prints: the spec's text when the part is on and says something. */
export function introductionOf(spec: DossierSpec): string | null {
  return spec.parts.introduction && spec.introduction.trim() ? spec.introduction : null;
}

/** Which of the optional parts around the clips are printed, for a table of contents. */
export interface PrintedParts {
  introduction: boolean;
  overview: boolean;
  indexes: boolean;
}

/** One format's way of writing each part of a dossier; `writeDossier` decides which parts and their order. */
export interface DossierWriter<Block> {
  /** The cover when the spec asks for one, else whatever heads the document in its place. */
  opening(model: DossierModel): Block[];
  contents(model: DossierModel, parts: PrintedParts): Block[];
  introduction(markdown: string): Block[];
  overview(clips: readonly PlannedClip[]): Block[];
  clips(clips: readonly PlannedClip[]): Block[];
  comparisons(comparisons: readonly PrintedComparison[]): Block[];
  indexes(clips: readonly PlannedClip[]): Block[];
  /** After everything: a format without running headers repeats the marking here. */
  closing?(model: DossierModel): Block[];
}

/** The dossier's parts in print order, each written only when the spec includes it. */
export function writeDossier<Block>(model: DossierModel, writer: DossierWriter<Block>): Block[] {
  const { spec, clips, comparisons } = model;
  const introduction = introductionOf(spec);
  const parts = { introduction: introduction !== null, overview: spec.parts.overview, indexes: spec.parts.indexes };
  return [
    ...writer.opening(model),
    ...(spec.parts.contents ? writer.contents(model, parts) : []),
    ...(introduction !== null ? writer.introduction(introduction) : []),
    ...(spec.parts.overview ? writer.overview(clips) : []),
    ...writer.clips(clips),
    ...writer.comparisons(comparisons),
    ...(spec.parts.indexes ? writer.indexes(clips) : []),
    ...(writer.closing?.(model) ?? []),
  ];
}
