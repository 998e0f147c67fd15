import type { BodyAnchor, BodyMark } from './clip-body.js';
import { joinParagraphs } from '../../shared/text/clip-body.js';
import type { Clip } from '../../shared/models/clip.js';
import { clipLabel } from './format.js';
import { locateMention, locateQuote } from './locate-text.js';
import { locateAnchor } from '../../shared/text/text-anchor.js';

export type EntityKind = 'person' | 'place' | 'organization';

/** Something an index points at: an anchor in a clip's body, or the clip's heading. */
export interface IndexTarget {
  clipNo: number;
  anchorId: string;
}

export interface Mention extends IndexTarget {
  kind: EntityKind;
  name: string;
}

export interface QuoteRef extends IndexTarget {
  speaker: string | null;
  text: string;
}

export interface ClipNote {
  number: number;
  note: string;
  exact: string;
  /** False when the highlighted words are no longer in the clip; the note still prints. */
  located: boolean;
}

/** One clip, ready to print: its label, where its highlights and index anchors fall. */
export interface PlannedClip {
  clip: Clip;
  no: number;
  /** The element id of the clip's heading: what the contents and fallback index entries link to. */
  id: string;
  label: { text: string; untitled: boolean };
  marks: BodyMark[];
  notes: ClipNote[];
  anchors: BodyAnchor[];
  mentions: Mention[];
  quotes: QuoteRef[];
  /** A newer version of this clip printed in the same dossier, so the reader does not quote the old one. */
  supersededBy: { no: number; id: string; label: string } | null;
}

export function planClip(clip: Clip, no: number): PlannedClip {
  const id = `clip-${no}`;
  const body = joinParagraphs(clip.paragraphs);
  const anchors: BodyAnchor[] = [];
  const anchorAt = (at: number | null, key: string) => {
    if (at === null) return id;
    const anchorId = `${id}-${key}`;
    anchors.push({ at, id: anchorId });
    return anchorId;
  };

  const marks: BodyMark[] = [];
  const notes: ClipNote[] = [];
  for (const h of clip.highlights) {
    const range = locateAnchor(body, h);
    const number = h.note.trim() ? notes.length + 1 : null;
    if (number !== null) notes.push({ number, note: h.note.trim(), exact: h.exact, located: range !== null });
    if (range) marks.push({ ...range, color: h.color, note: number });
  }

  const mentions: Mention[] = [];
  const kinds: [EntityKind, string[]][] = [
    ['person', clip.people],
    ['place', clip.places],
    ['organization', clip.organizations],
  ];
  for (const [kind, names] of kinds) {
    names.forEach((name, i) => {
      const anchorId = anchorAt(locateMention(body, name, kind), `${kind[0]}${i}`);
      mentions.push({ kind, name, clipNo: no, anchorId });
    });
  }

  const quotes: QuoteRef[] = clip.quotes.map((q, i) => ({
    speaker: q.speaker,
    text: q.text,
    clipNo: no,
    anchorId: anchorAt(locateQuote(body, q.text), `q${i}`),
  }));

  return { clip, no, id, label: clipLabel(clip), marks, notes, anchors, mentions, quotes, supersededBy: null };
}

/** The clips in print order, numbered from 1, each older version pointing at a newer one printed beside it. */
export function planClips(clips: readonly Clip[]): PlannedClip[] {
  const planned = clips.map((clip, i) => planClip(clip, i + 1));
  const byId = new Map(planned.map((p) => [p.clip.id, p]));
  for (const p of planned) {
    const newest = p.clip.supersededBy ? byId.get(p.clip.supersededBy.id) : undefined;
    const newer =
      newest ??
      p.clip.versions
        .map((v) => byId.get(v))
        .filter((v) => v !== undefined)
        .at(-1);
    if (newer) p.supersededBy = { no: newer.no, id: newer.id, label: newer.label.text };
  }
  return planned;
}
