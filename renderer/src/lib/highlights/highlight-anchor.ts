import type { Highlight } from '../api/models.js';
import { joinParagraphs, paragraphStarts } from '../../../../electron/shared/text/clip-body.js';
import { anchorIn, type TextAnchor } from '../../../../electron/shared/text/text-anchor.js';

export type { TextAnchor };

/** The anchor for a selection, without the spaces a drag tends to pick up at either end. */
export function anchorFor(paragraphs: readonly string[], from: number, to: number): TextAnchor {
  return anchorIn(joinParagraphs(paragraphs), from, to);
}

/** Characters that agree, reading outward from the highlight: how well an occurrence fits its context. */
function contextScore(text: string, at: number, anchor: TextAnchor): number {
  let score = 0;
  for (let i = 1; i <= anchor.prefix.length && text[at - i] === anchor.prefix[anchor.prefix.length - i]; i++) score++;
  const after = at + anchor.exact.length;
  for (let i = 0; i < anchor.suffix.length && text[after + i] === anchor.suffix[i]; i++) score++;
  return score;
}

/**
 * Finds a highlight in the clip's current text: at its stored offsets if the words there are
 * unchanged, else the occurrence of its words whose context fits best (nearest the old place on a
 * tie). Null when the words are gone.
 */
export function locate(text: string, anchor: TextAnchor): { start: number; end: number } | null {
  if (text.slice(anchor.start, anchor.end) === anchor.exact) return { start: anchor.start, end: anchor.end };
  let best: { at: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(anchor.exact); at !== -1; at = text.indexOf(anchor.exact, at + 1)) {
    const score = contextScore(text, at, anchor);
    const distance = Math.abs(at - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  return best ? { start: best.at, end: best.at + anchor.exact.length } : null;
}

export interface Segment {
  text: string;
  highlight: Highlight | null;
}

/**
 * Each paragraph cut into runs with and without a highlight. Where highlights overlap the newer one
 * shows; one that spans paragraphs shows in each. Highlights whose words are gone are left out.
 */
export function highlightSegments(paragraphs: readonly string[], highlights: readonly Highlight[]): Segment[][] {
  const text = joinParagraphs(paragraphs);
  const placed = highlights
    .map((h) => ({ h, at: locate(text, h) }))
    .filter((p): p is { h: Highlight; at: { start: number; end: number } } => p.at !== null);
  const starts = paragraphStarts(paragraphs);
  return paragraphs.map((paragraph, i) => {
    const from = starts[i]!;
    const cuts = new Set([0, paragraph.length]);
    for (const { at } of placed) {
      for (const edge of [at.start - from, at.end - from]) if (edge > 0 && edge < paragraph.length) cuts.add(edge);
    }
    const edges = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i < edges.length - 1; i++) {
      const start = edges[i]!;
      const end = edges[i + 1]!;
      const covering = placed.filter(({ at }) => at.start - from <= start && at.end - from >= end);
      const top = covering.reduce<Highlight | null>((newest, { h }) => (!newest || h.id > newest.id ? h : newest), null);
      const last = segments.at(-1);
      if (last && last.highlight === top) last.text += paragraph.slice(start, end);
      else segments.push({ text: paragraph.slice(start, end), highlight: top });
    }
    return segments;
  });
}

/**
 * The offsets of a DOM selection in the joined paragraph text. Paragraphs carry `data-start`, and
 * their rendered text is exactly the paragraph (note markers are CSS, not text), so counting the
 * characters before a point within its paragraph gives its offset.
 */
export function selectionOffsets(range: Range): { start: number; end: number } | null {
  const point = (node: Node, offset: number): number | null => {
    const element = node instanceof Element ? node : node.parentElement;
    const paragraph = element?.closest<HTMLElement>('[data-start]');
    if (!paragraph) return null;
    const before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(node, offset);
    return Number(paragraph.dataset.start) + before.toString().length;
  };
  const start = point(range.startContainer, range.startOffset);
  const end = point(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
