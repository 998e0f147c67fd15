import { groupByName } from '../../shared/text/name-key.js';
import type { EntityKind, IndexTarget, PlannedClip } from './plan-clip.js';

/**
 * The dossier's indexes by name, whatever the format: one entry per name key, so `Inés
 * Arroyo` and `Ines Arroyo` are one person, under the spelling the clips use most.
 */

/** Each name of a kind with where it is mentioned. */
export function mentionsByName(clips: readonly PlannedClip[], kind: EntityKind): Map<string, IndexTarget[]> {
  const mentions = clips.flatMap((c) => c.mentions.filter((m) => m.kind === kind));
  return new Map(groupByName(mentions, (m) => m.name).map((g) => [g.name, g.items]));
}

export interface QuotedPassage {
  text: string;
  clip: PlannedClip;
  target: IndexTarget;
}

/** Each speaker with their quotations in clip order; unnamed speakers under `null`. */
export function quotesBySpeaker(clips: readonly PlannedClip[]): Map<string | null, QuotedPassage[]> {
  const quoted = clips.flatMap((clip) => clip.quotes.map((q) => ({ speaker: q.speaker, passage: { text: q.text, clip, target: q } })));
  const named = groupByName(
    quoted.filter((q) => q.speaker !== null),
    (q) => q.speaker!,
  );
  const out = new Map<string | null, QuotedPassage[]>(named.map((g) => [g.name, g.items.map((q) => q.passage)]));
  const unnamed = quoted.filter((q) => q.speaker === null).map((q) => q.passage);
  if (unnamed.length) out.set(null, unnamed);
  return out;
}
