import { marksWithin, paragraphSpans, type BodyMark } from '../clip-body.js';
import { formatDate, formatTimestamp } from '../format.js';
import type { PlannedClip } from '../plan-clip.js';
import { asBlock, escapeInline, escapeParagraph, safeLinkTarget } from './escape-markdown.js';
import { notesMarkdown } from './notes-markdown.js';

/**
 * Footnote labels are numbered across the whole document: Markdown footnotes share one
 * namespace, and two clips each with a note "1" would collide.
 */
export class FootnoteCounter {
  #next = 1;
  take(): number {
    return this.#next++;
  }
}

/** The anchor a contents entry links to; an empty HTML anchor is what every renderer keeps. */
export const clipAnchor = (planned: PlannedClip) => `<a id="${planned.id}"></a>`;

/** One clip: heading, metadata line, body with highlights as ==marks== and notes as footnotes. */
export function clipMarkdown(planned: PlannedClip, footnotes: FootnoteCounter): string {
  const { clip, label } = planned;
  const labels = new Map(planned.notes.map((n) => [n.number, footnotes.take()]));
  const meta = [clip.source, formatDate(clip.date), clip.dateline].filter(Boolean).map((s) => escapeInline(s!));
  const out: string[] = [`${clipAnchor(planned)}`, '', `## ${planned.no}. ${escapeInline(label.text)}`, ''];
  if (meta.length) out.push(`*${meta.join(' · ')}*`, '');
  if (clip.byline.length) out.push(`By ${escapeInline(clip.byline.join(', '))}`, '');
  if (planned.supersededBy) {
    const newer = planned.supersededBy;
    out.push(`> **Superseded** by [no. ${newer.no}, “${escapeInline(newer.label)}”](#${newer.id}), a newer version of this report.`, '');
  }
  // A code span each, on one line: a line break could end the span and start raw HTML.
  if (clip.tags.length) out.push(`Tags: ${clip.tags.map((t) => `\`${t.replace(/`/g, "'").replace(/\s+/g, ' ')}\``).join(', ')}`, '');
  const body = bodyMarkdown(clip.paragraphs, planned.marks, labels);
  out.push(...(body.length ? body : ['*This clip has no text.*']).flatMap((p) => [p, '']));
  const userNotes = clip.notes.trim();
  const unlocated = planned.notes.filter((n) => !n.located);
  if (userNotes || unlocated.length) {
    out.push('**Notes**', '');
    if (userNotes) out.push(notesMarkdown(userNotes), '');
    for (const n of unlocated) out.push(`On “${escapeInline(n.exact)}”, no longer in the text.[^${labels.get(n.number)}]`, '');
  }
  out.push(sourceLine(planned), '');
  for (const n of planned.notes) out.push(footnote(labels.get(n.number)!, n.note), '');
  return out.join('\n');
}

/** A footnote definition; its later paragraphs are indented so they stay inside it. */
function footnote(label: number, note: string): string {
  const paragraphs = note
    .split(/\n\s*\n/)
    .map(escapeParagraph)
    .filter(Boolean);
  const [first = '', ...rest] = paragraphs;
  return [`[^${label}]: ${first}`, ...rest.map((p) => `\n${p.replace(/^/gm, '    ')}`)].join('\n');
}

function sourceLine(planned: PlannedClip): string {
  const { clip } = planned;
  const link = safeLinkTarget(clip.url);
  const parts = [
    `Source: ${escapeInline(clip.source ?? 'outlet not known')}${clip.date ? `, ${formatDate(clip.date)}` : ''}.`,
    `Captured ${formatTimestamp(clip.createdAt)}.`,
    ...(link ? [link] : []),
    `Cuttings clip ${clip.id}.`,
  ];
  return parts.join(' ');
}

/**
 * The paragraphs with highlights woven in. Overlapping highlights merge into one mark (Markdown
 * cannot nest them), spaces at a mark's edges move outside it so the == still closes, and a
 * note's reference follows the last highlighted word it belongs to, splitting a longer mark there.
 */
function bodyMarkdown(paragraphs: readonly string[], marks: readonly BodyMark[], labels: ReadonlyMap<number, number>): string[] {
  const out: string[] = [];
  for (const { text, start, end } of paragraphSpans(paragraphs)) {
    // A note follows the highlight's last words, so only the paragraph where it ends carries it.
    const local = marksWithin(marks, start, end).map((m) => ({ start: m.start, end: m.end, note: m.endsHere ? m.note : null }));
    const block = asBlock(weave(text, local, labels));
    if (block) out.push(block);
  }
  return out;
}

function weave(
  text: string,
  marks: readonly { start: number; end: number; note: number | null }[],
  labels: ReadonlyMap<number, number>,
): string {
  const covered = new Array<boolean>(text.length).fill(false);
  const refsAt = new Map<number, number[]>();
  for (const m of marks) {
    let { start, end } = m;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    for (let i = start; i < end; i++) covered[i] = true;
    const label = m.note === null ? undefined : labels.get(m.note);
    if (label !== undefined) refsAt.set(end, [...(refsAt.get(end) ?? []), label]);
  }
  // A mark split by a note reference reopens at the next word, not at the space after the reference.
  for (const at of refsAt.keys()) for (let i = at; covered[i] && /\s/.test(text[i]!); i++) covered[i] = false;
  let out = '';
  let from = 0;
  let open = false;
  for (let i = 0; i <= text.length; i++) {
    const inMark = i < text.length && covered[i] === true;
    const refs = refsAt.get(i);
    if (inMark === open && !refs) continue;
    out += escapeInline(text.slice(from, i));
    from = i;
    // A mark closes before the note reference that follows it: ==the words==[^3].
    if (open && (!inMark || refs)) out += '==';
    if (refs) out += refs.map((r) => `[^${r}]`).join('');
    if (inMark && (!open || refs)) out += '==';
    open = inMark;
  }
  return out + escapeInline(text.slice(from));
}
