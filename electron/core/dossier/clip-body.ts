import { html, type SafeHtml } from './html.js';
import type { TextRange } from './locate-text.js';

/** The highlight colours the app offers; anything else prints as yellow. */
const COLOURS = new Set(['yellow', 'green', 'blue', 'pink', 'purple', 'orange']);

export interface BodyMark extends TextRange {
  color: string;
  /** The number of its note, printed after the highlighted words; null when it has no note. */
  note: number | null;
}

/** An empty, invisible element the indexes point at, so they can print the page it lands on. */
export interface BodyAnchor {
  at: number;
  id: string;
}

/** Separator between paragraphs in the stored body; offsets in marks and anchors count it. */
const SEPARATOR_LENGTH = 2;

/**
 * The body as paragraphs of escaped text with highlights and index anchors woven in. Marks may
 * overlap or cross paragraphs: the text is cut at every boundary and each piece takes the colour
 * of the latest mark covering it.
 */
export function renderClipBody(paragraphs: readonly string[], marks: readonly BodyMark[], anchors: readonly BodyAnchor[]): SafeHtml {
  const out: SafeHtml[] = [];
  for (const { text, start, end } of paragraphSpans(paragraphs)) {
    const local = marksWithin(marks, start, end);
    const points = anchors.filter((a) => a.at >= start && a.at < Math.max(end, start + 1)).map((a) => ({ ...a, at: a.at - start }));
    out.push(html`<p>${renderParagraph(text, local, points)}</p>`);
  }
  return keepShortEndingWithPrevious(out, paragraphs);
}

/** Each paragraph with where it starts and ends in the stored body's offsets (which count the separators). */
export function* paragraphSpans(paragraphs: readonly string[]): Generator<{ text: string; start: number; end: number }> {
  let offset = 0;
  for (const text of paragraphs) {
    yield { text, start: offset, end: offset + text.length };
    offset += text.length + SEPARATOR_LENGTH;
  }
}

/** The marks touching one paragraph, in its own offsets; `endsHere` is false for a mark that runs on into the next. */
export function marksWithin<M extends TextRange>(marks: readonly M[], start: number, end: number): (M & { endsHere: boolean })[] {
  return marks
    .filter((m) => m.start < end && m.end > start)
    .map((m) => ({ ...m, start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start, endsHere: m.end <= end }));
}

/** A closing paragraph this short would fit on a line or two. */
const SHORT_ENDING = 240;

/**
 * Widows and orphans (3 lines, in the stylesheet) count the lines of one paragraph, so a one-line
 * closing paragraph could still sit alone at the top of a page. It is kept with the one before.
 */
function keepShortEndingWithPrevious(rendered: readonly SafeHtml[], paragraphs: readonly string[]): SafeHtml {
  const last = paragraphs[paragraphs.length - 1];
  if (rendered.length < 3 || last === undefined || last.length > SHORT_ENDING) return html`${rendered}`;
  return html`${rendered.slice(0, -2)}<div class="keep-together">${rendered.slice(-2)}</div>`;
}

type LocalMark = BodyMark & { endsHere: boolean };

function renderParagraph(text: string, marks: readonly LocalMark[], anchors: readonly BodyAnchor[]): SafeHtml[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  for (const a of anchors) cuts.add(a.at);
  const bounds = [...cuts].sort((a, b) => a - b);
  const parts: SafeHtml[] = [];
  for (let i = 0; i < bounds.length; i++) {
    const from = bounds[i]!;
    for (const a of anchors) if (a.at === from) parts.push(html`<span class="anchor" id="${a.id}"></span>`);
    const to = bounds[i + 1];
    if (to === undefined) break;
    const piece = text.slice(from, to);
    const cover = marks.filter((m) => m.start <= from && m.end >= to && m.end > m.start);
    const top = cover[cover.length - 1];
    if (top) {
      const colour = COLOURS.has(top.color) ? top.color : 'yellow';
      parts.push(html`<mark class="hl hl-${colour}">${piece}</mark>`);
    } else {
      parts.push(html`${piece}`);
    }
    for (const m of marks) {
      if (m.end === to && m.endsHere && m.note !== null) parts.push(html`<sup class="note-ref">${m.note}</sup>`);
    }
  }
  return parts;
}
