import type { Paragraph, Table, TextRun } from 'docx';
import type { Clip } from '../../../shared/models/clip.js';
import type { ComparisonRow, DiffPart, RowKind } from '../../../shared/models/comparison.js';
import type { PrintedComparison } from '../dossier-comparisons.js';
import { clipLabel, formatDate } from '../format.js';
import { wordText, type Docx } from './docx-style.js';

/**
 * The "Comparisons" part for Word: each saved comparison with its two sides and the aligned
 * sentences as a two-column table; in changed rows A strikes the words B dropped and B
 * underlines the words it added, so the difference never rests on colour.
 */

const KIND_LABELS: Record<RowKind, string> = { same: 'same', changed: 'changed', onlyA: 'only in A', onlyB: 'only in B' };

export function comparisonsDocx(docx: Docx, comparisons: readonly PrintedComparison[]): (Paragraph | Table)[] {
  if (!comparisons.length) return [];
  const { HeadingLevel, Paragraph } = docx;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: 'Comparisons' }),
    ...comparisons.flatMap((c) => comparisonDocx(docx, c)),
  ];
}

function sideLine(docx: Docx, letter: 'A' | 'B', clip: Clip): Paragraph {
  const { Paragraph, TextRun } = docx;
  const meta = [clip.source, formatDate(clip.date), clip.dateline].filter(Boolean).join(' · ');
  return new Paragraph({
    children: [
      new TextRun({ text: `${letter}: `, bold: true }),
      new TextRun(wordText(clipLabel(clip).text)),
      new TextRun({ text: wordText(meta ? ` (${meta}; clip ${clip.id})` : ` (clip ${clip.id})`), italics: true }),
    ],
  });
}

function comparisonDocx(docx: Docx, { no, title, a, b, comparison }: PrintedComparison): (Paragraph | Table)[] {
  const { HeadingLevel, Paragraph, TextRun } = docx;
  const counts: Record<RowKind, number> = { same: 0, changed: 0, onlyA: 0, onlyB: 0 };
  for (const row of comparison.rows) counts[row.kind] += 1;
  const tally = (Object.keys(KIND_LABELS) as RowKind[]).map((k) => `${counts[k]} ${KIND_LABELS[k]}`).join(', ');
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(wordText(`C${no}. ${title.replace(/\s+/g, ' ').trim()}`))] }),
    sideLine(docx, 'A', a),
    sideLine(docx, 'B', b),
    new Paragraph({
      children: [
        new TextRun({ text: `${Math.round(comparison.similarity * 100)}% similar. `, bold: true }),
        new TextRun(`Sentences: ${tally}.`),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: 'In changed rows, words only in A are ', italics: true }),
        new TextRun({ text: 'struck through', strike: true, italics: true }),
        new TextRun({ text: ' and words only in B are ', italics: true }),
        new TextRun({ text: 'underlined', underline: {}, italics: true }),
        new TextRun({ text: '.', italics: true }),
      ],
    }),
    comparison.rows.length
      ? rowsTable(docx, comparison.rows, a, b)
      : new Paragraph({ children: [new TextRun({ text: 'Neither clip has any text to line up.', italics: true })] }),
  ];
}

function rowsTable(docx: Docx, rows: readonly ComparisonRow[], a: Clip, b: Clip): Table {
  const { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });
  const head = (letter: string, clip: Clip) =>
    cell([new Paragraph({ children: [new TextRun({ text: wordText(clip.source ? `${letter} · ${clip.source}` : letter), bold: true })] })]);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [head('A', a), head('B', b)] }),
      ...rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: [cell([sideParagraph(docx, row, 'a')]), cell([sideParagraph(docx, row, 'b')])] }),
      ),
    ],
  });
}

function sideParagraph(docx: Docx, row: ComparisonRow, side: 'a' | 'b'): Paragraph {
  const { Paragraph, TextRun } = docx;
  const text = row[side];
  if (text === null)
    return new Paragraph({
      children: [new TextRun({ text: side === 'a' ? '(only in B)' : '(only in A)', italics: true, color: '777777' })],
    });
  if (row.kind !== 'changed' || !row.diff.length) return new Paragraph(wordText(text));
  return new Paragraph({ children: diffRuns(docx, row.diff, side) });
}

function diffRuns(docx: Docx, parts: readonly DiffPart[], side: 'a' | 'b'): TextRun[] {
  const { TextRun } = docx;
  const own = side === 'a' ? '-' : '+';
  return parts
    .filter(([op]) => op === '=' || op === own)
    .map(([op, words]) => {
      if (op === '=') return new TextRun(wordText(words));
      return side === 'a' ? new TextRun({ text: wordText(words), strike: true }) : new TextRun({ text: wordText(words), underline: {} });
    });
}
