import type { Highlight } from '../api/models.js';
import { joinParagraphs, paragraphStarts } from '../../../../electron/shared/text/clip-body.js';
import { anchorIn, locateAnchor, wholeWords, type TextAnchor } from '../../../../electron/shared/text/text-anchor.js';

export type { TextAnchor };

/** The anchor for a selection: its whole words, without the spaces a drag tends to pick up at either end. */
export function anchorFor(paragraphs: readonly string[], from: number, to: number): TextAnchor {
  const text = joinParagraphs(paragraphs);
  const words = wholeWords(text, from, to);
  return anchorIn(text, words.from, words.to);
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
    .map((h) => ({ h, at: locateAnchor(text, h) }))
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
