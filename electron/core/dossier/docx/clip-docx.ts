import type { FootnoteReferenceRun, Paragraph, ParagraphChild } from 'docx';
import { marksWithin, paragraphSpans, type BodyMark } from '../clip-body.js';
import { formatDate, formatTimestamp } from '../format.js';
import type { PlannedClip } from '../plan-clip.js';
import { wordHighlight, wordText, type Docx } from './docx-style.js';

/** A note as the content of its footnote: one Word paragraph per paragraph of the note. */
function footnoteRun(docx: Docx, note: string): FootnoteReferenceRun {
  const { FootnoteReferenceRun, Paragraph } = docx;
  const paragraphs = note
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return new FootnoteReferenceRun({ children: paragraphs.map((p) => new Paragraph(wordText(p))) });
}

/**
 * One clip: heading (in the contents), metadata line, body with Word highlights and notes as
 * footnotes. The first clip under a heading stays on the heading's page.
 */
export function clipDocx(docx: Docx, planned: PlannedClip, newPage: boolean): Paragraph[] {
  const { HeadingLevel, Paragraph, TextRun } = docx;
  const { clip, label } = planned;
  const notes = new Map(planned.notes.map((n) => [n.number, n.note]));
  const meta = [clip.source, formatDate(clip.date), clip.dateline].filter(Boolean).join(' · ');
  const out: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      pageBreakBefore: newPage,
      children: [new TextRun(wordText(`${planned.no}. ${label.text}`))],
    }),
  ];
  if (meta) out.push(new Paragraph({ style: 'ClipMeta', children: [new TextRun({ text: wordText(meta), italics: true })] }));
  if (clip.byline.length) out.push(new Paragraph(wordText(`By ${clip.byline.join(', ')}`)));
  if (clip.tags.length) out.push(new Paragraph({ children: [new TextRun({ text: wordText(`Tags: ${clip.tags.join(', ')}`), size: 18 })] }));
  const body = bodyParagraphs(docx, clip.paragraphs, planned.marks, notes);
  out.push(...(body.length ? body : [new Paragraph({ children: [new TextRun({ text: 'This clip has no text.', italics: true })] })]));
  const userNotes = clip.notes.trim();
  const unlocated = planned.notes.filter((n) => !n.located);
  if (userNotes || unlocated.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_4, children: [new TextRun('Notes')] }));
    for (const p of userNotes.split(/\n\s*\n/).filter((s) => s.trim())) out.push(new Paragraph(wordText(p.trim())));
    for (const n of unlocated)
      out.push(new Paragraph({ children: [new TextRun(wordText(`On “${n.exact}”, no longer in the text.`)), footnoteRun(docx, n.note)] }));
  }
  out.push(new Paragraph({ children: [new TextRun({ text: wordText(sourceLine(planned)), size: 18, color: '555555' })] }));
  return out;
}

function sourceLine({ clip }: PlannedClip): string {
  return [
    `Source: ${clip.source ?? 'outlet not known'}${clip.date ? `, ${formatDate(clip.date)}` : ''}.`,
    `Captured ${formatTimestamp(clip.createdAt)}.`,
    ...(clip.url ? [clip.url] : []),
    `Cuttings clip ${clip.id}.`,
  ].join(' ');
}

function bodyParagraphs(
  docx: Docx,
  paragraphs: readonly string[],
  marks: readonly BodyMark[],
  notes: ReadonlyMap<number, string>,
): Paragraph[] {
  const { Paragraph } = docx;
  const out: Paragraph[] = [];
  for (const { text, start, end } of paragraphSpans(paragraphs)) {
    if (!text.trim()) continue;
    out.push(new Paragraph({ children: paragraphRuns(docx, text, marksWithin(marks, start, end), notes) }));
  }
  return out;
}

/**
 * The paragraph cut at every highlight boundary; each piece takes the colour of the latest mark
 * covering it, as in the PDF, and a note's footnote reference follows the words it belongs to.
 */
function paragraphRuns(
  docx: Docx,
  text: string,
  marks: readonly (BodyMark & { endsHere: boolean })[],
  notes: ReadonlyMap<number, string>,
): ParagraphChild[] {
  const { TextRun } = docx;
  const bounds = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const runs: ParagraphChild[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    const top = marks.filter((m) => m.start <= from && m.end >= to && m.end > m.start).at(-1);
    const piece = wordText(text.slice(from, to));
    runs.push(top ? new TextRun({ text: piece, highlight: wordHighlight(top.color) }) : new TextRun(piece));
    for (const m of marks)
      if (m.end === to && m.endsHere && m.note !== null && notes.has(m.note)) runs.push(footnoteRun(docx, notes.get(m.note)!));
  }
  return runs;
}
