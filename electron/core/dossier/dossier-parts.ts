import type { Clip } from '../../shared/models/clip.js';
import type { DossierSpec } from '../../shared/models/dossier.js';
import { orderClips } from '../../shared/export/order-clips.js';
import type { PrintedComparison } from './dossier-comparisons.js';
import type { DossierSection } from '../../shared/organise/collection-sections.js';
import type { DossierModel, PrintedSection } from './dossier-types.js';
import { planClips, type PlannedClip } from './plan-clip.js';

export interface DossierModelOptions {
  now?: Date;
  /** The collection's saved comparisons, printed after the clips when the spec's part is on. */
  comparisons?: readonly PrintedComparison[];
  /** Clips printed under a heading after the rest, each section's run in the spec's order. */
  sections?: readonly DossierSection[];
}

function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What every format prints: the clips in the spec's order, numbered, and the date on the cover. */
export function dossierModel(
  clips: readonly Clip[],
  spec: DossierSpec,
  { now = new Date(), comparisons = [], sections = [] }: DossierModelOptions,
): DossierModel {
  const runs = sectionRuns(clips, sections);
  const planned = planClips(runs.flatMap((run) => orderClips(run.clips, spec.order)));
  let start = runs[0]!.clips.length;
  const printed: PrintedSection[] = runs.slice(1).map((run, i) => {
    const section = { id: `section-${i + 1}`, title: run.title, clips: planned.slice(start, start + run.clips.length) };
    start += run.clips.length;
    return section;
  });
  return {
    spec,
    issued: spec.date ?? localIsoDate(now),
    clips: planned,
    comparisons: spec.parts.comparisons ? comparisons : [],
    sections: printed,
  };
}

/**
 * The clips as runs: first those in no section, then each section's that has any. A clip prints
 * once, in the first section that names it; ids the clips do not hold are ignored.
 */
function sectionRuns(clips: readonly Clip[], sections: readonly DossierSection[]): { title: string; clips: Clip[] }[] {
  const unplaced = new Map(clips.map((c) => [c.id, c]));
  const place = (id: number) => {
    const clip = unplaced.get(id);
    unplaced.delete(id);
    return clip;
  };
  const titled = sections
    .map((s) => ({ title: s.title, clips: s.clipIds.map(place).filter((c) => c !== undefined) }))
    .filter((run) => run.clips.length > 0);
  return [{ title: '', clips: clips.filter((c) => unplaced.has(c.id)) }, ...titled];
}

/** The clips printed before the first section: all of them when there are no sections. */
export function unsectioned({ clips, sections }: DossierModel): readonly PlannedClip[] {
  const first = sections[0]?.clips[0];
  return first ? clips.slice(0, first.no - 1) : clips;
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
  /** The clips in no section; never called with none. */
  clips(clips: readonly PlannedClip[]): Block[];
  /** A section's heading and its clips. */
  section(section: PrintedSection): Block[];
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
    ...(unsectioned(model).length ? writer.clips(unsectioned(model)) : []),
    ...model.sections.flatMap((section) => writer.section(section)),
    ...writer.comparisons(comparisons),
    ...(spec.parts.indexes ? writer.indexes(clips) : []),
    ...(writer.closing?.(model) ?? []),
  ];
}
