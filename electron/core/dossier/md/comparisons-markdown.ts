import type { DraftQuote } from '../../../shared/models/clip-draft.js';
import type { Clip } from '../../../shared/models/clip.js';
import type { ComparisonRow, DiffPart, RowKind, SharedQuote } from '../../../shared/models/comparison.js';
import type { PrintedComparison } from '../dossier-comparisons.js';
import { clipLabel, formatDate } from '../format.js';
import { escapeInline, escapeLineStart } from './escape-markdown.js';

/**
 * The "Comparisons" part as Markdown: each saved comparison with both sides, a count of its
 * sentences, the aligned sentences as a table (A | B) and the quotes and names that differ.
 */

/** A symbol beside each row's kind, as in the PDF and the Compare view, so kinds never rest on colour. */
const KINDS: Record<RowKind, { symbol: string; label: string }> = {
  same: { symbol: '=', label: 'same' },
  changed: { symbol: '~', label: 'changed' },
  onlyA: { symbol: '−', label: 'only in A' },
  onlyB: { symbol: '+', label: 'only in B' },
};

/** The anchor a contents entry links to, as clips have: heading ids differ between renderers. */
const comparisonAnchor = (printed: PrintedComparison) => `<a id="${printed.id}"></a>`;

const COMPARISONS_HEADING = 'Comparisons';

/** A title the user typed may hold line breaks, which would end a heading or a list entry. */
const oneLine = (text: string) => escapeInline(text.replace(/\s+/g, ' ').trim());

/** One contents entry per comparison: its number, title and the two outlets. */
export function comparisonContentsMarkdown(comparisons: readonly PrintedComparison[]): string[] {
  if (!comparisons.length) return [];
  const entries = comparisons.map(
    (c) => `- [C${c.no}. ${oneLine(c.title)}](#${c.id}) (${escapeInline(sideName(c.a))} · ${escapeInline(sideName(c.b))})`,
  );
  return [`**${COMPARISONS_HEADING}**`, '', ...entries, ''];
}

export function comparisonsMarkdown(comparisons: readonly PrintedComparison[]): string[] {
  if (!comparisons.length) return [];
  return [`## ${COMPARISONS_HEADING}`, '', ...comparisons.flatMap(comparisonMarkdown)];
}

function sideName(clip: Clip): string {
  return [clip.source, formatDate(clip.date)].filter(Boolean).join(', ') || `Clip ${clip.id}`;
}

function comparisonMarkdown(printed: PrintedComparison): string[] {
  const { comparison, a, b } = printed;
  return [
    comparisonAnchor(printed),
    '',
    `### C${printed.no}. ${oneLine(printed.title)}`,
    '',
    side('A', a),
    side('B', b),
    '',
    ...summary(comparison.similarity, comparison.rows),
    ...rowsTable(comparison.rows, a, b),
    ...quotesMarkdown(comparison.quotes),
    ...namesMarkdown(comparison.entities),
  ];
}

function side(letter: 'A' | 'B', clip: Clip): string {
  const meta = [clip.source, formatDate(clip.date), clip.dateline].filter(Boolean).map((s) => escapeInline(s!));
  const details = [
    ...(meta.length ? [`*${meta.join(' · ')}*`] : []),
    ...(clip.byline.length ? [`by ${escapeInline(clip.byline.join(', '))}`] : []),
    `clip ${clip.id}`,
  ];
  return `- **${letter}:** ${oneLine(clipLabel(clip).text)} (${details.join('; ')})`;
}

function summary(similarity: number, rows: readonly ComparisonRow[]): string[] {
  const counts: Record<RowKind, number> = { same: 0, changed: 0, onlyA: 0, onlyB: 0 };
  for (const row of rows) counts[row.kind] += 1;
  const kinds = Object.keys(KINDS) as RowKind[];
  const tally = kinds.map((k) => `${counts[k]} ${KINDS[k].label} (${KINDS[k].symbol})`).join(', ');
  return [
    `**${Math.round(similarity * 100)}% similar.** Sentences: ${tally}.`,
    '',
    '*In changed rows, words only in A are ~~struck through~~ and words only in B are **bold**.*',
    '',
  ];
}

/** A table keeps each sentence of A beside its partner in B, as the PDF's two columns do. */
function rowsTable(rows: readonly ComparisonRow[], a: Clip, b: Clip): string[] {
  if (!rows.length) return ['*Neither clip has any text to line up.*', ''];
  const head = (letter: string, clip: Clip) => (clip.source ? `${letter} · ${escapeInline(clip.source)}` : letter);
  return [`|   | ${head('A', a)} | ${head('B', b)} |`, '| :-: | --- | --- |', ...rows.map(rowMarkdown), ''];
}

function rowMarkdown(row: ComparisonRow): string {
  return `| ${KINDS[row.kind].symbol} | ${cell(row, 'a')} | ${cell(row, 'b')} |`;
}

/** A table cell is one line: the sentence's own line breaks become spaces. Its start is escaped as a line's is elsewhere. */
function cell(row: ComparisonRow, side: 'a' | 'b'): string {
  const text = row[side];
  if (text === null) return ' ';
  const inline = row.kind === 'changed' && row.diff.length ? diffMarkdown(row.diff, side) : escapeInline(text);
  return escapeLineStart(inline.replace(/\s+/g, ' ').trim());
}

/**
 * A keeps its words and strikes what B dropped; B keeps its words and bolds what it added. Runs
 * of one kind merge, and spaces at a run's edges move outside the marks so they still close.
 */
function diffMarkdown(parts: readonly DiffPart[], side: 'a' | 'b'): string {
  const own = side === 'a' ? '-' : '+';
  const runs: DiffPart[] = [];
  for (const [op, words] of parts) {
    if (op !== '=' && op !== own) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] === op) last[1] += words;
    else runs.push([op, words]);
  }
  return runs
    .map(([op, words], i) => {
      if (op === '=') return escapeInline(words);
      const before = runs[i - 1]?.[1].slice(-1) ?? '';
      const after = runs[i + 1]?.[1].charAt(0) ?? '';
      return markRun(words, side === 'a' ? '~~' : '**', before, after);
    })
    .join('');
}

const PUNCTUATION = /^[\p{P}\p{S}]$/u;
/** A letter or digit beside a mark: CommonMark lets a mark open or close there only next to a word, not punctuation. */
const wordy = (ch: string) => ch !== '' && !/\s/.test(ch) && !PUNCTUATION.test(ch);

/**
 * Marks one run. CommonMark will not open ~~ or ** between a letter and punctuation ("trawler~~,
 * which~~" prints its tildes), so punctuation at such an edge, and the space after it, stays
 * outside the mark; a run of nothing but such punctuation is printed unmarked.
 */
function markRun(words: string, mark: string, before: string, after: string): string {
  let head = '';
  let core = words;
  let tail = '';
  for (;;) {
    const lead = /^\s+/.exec(core)?.[0] ?? '';
    if (lead) [head, core] = [head + lead, core.slice(lead.length)];
    const prev = head ? head.slice(-1) : before;
    if (!core || !wordy(prev) || !PUNCTUATION.test(core[0]!)) break;
    [head, core] = [head + core[0], core.slice(1)];
  }
  for (;;) {
    const trail = /\s+$/.exec(core)?.[0] ?? '';
    if (trail) [core, tail] = [core.slice(0, -trail.length), trail + tail];
    const next = tail ? tail[0]! : after;
    if (!core || !wordy(next) || !PUNCTUATION.test(core.slice(-1))) break;
    [core, tail] = [core.slice(0, -1), core.slice(-1) + tail];
  }
  return escapeInline(head) + (core ? `${mark}${escapeInline(core)}${mark}` : '') + escapeInline(tail);
}

const quoted = (text: string) => `“${oneLine(text)}”`;
const speakerOf = (speaker: string | null) => escapeInline(speaker ?? 'Speaker not identified');

function quotesMarkdown(quotes: { shared: SharedQuote[]; onlyA: DraftQuote[]; onlyB: DraftQuote[] }): string[] {
  if (!quotes.shared.length && !quotes.onlyA.length && !quotes.onlyB.length) return [];
  const out: string[] = [];
  if (quotes.shared.length) {
    out.push('#### Quotes in both', '', ...quotes.shared.map((q) => `- ${speakerOf(q.speaker)}: A ${quoted(q.a)}; B ${quoted(q.b)}`), '');
  }
  if (quotes.onlyA.length || quotes.onlyB.length) {
    const list = (items: readonly DraftQuote[]) =>
      items.length ? items.map((q) => `- ${quoted(q.text)} (${speakerOf(q.speaker)})`) : ['*None.*'];
    out.push('#### Quotes only in A', '', ...list(quotes.onlyA), '', '#### Quotes only in B', '', ...list(quotes.onlyB), '');
  }
  return out;
}

function namesMarkdown(entities: { shared: string[]; onlyA: string[]; onlyB: string[] }): string[] {
  if (!entities.shared.length && !entities.onlyA.length && !entities.onlyB.length) return [];
  const list = (names: readonly string[], none: string) => (names.length ? names.map(escapeInline).join(' · ') : `*${none}*`);
  return [
    '#### Named only in A',
    '',
    list(entities.onlyA, 'B names everyone A does.'),
    '',
    '#### Named only in B',
    '',
    list(entities.onlyB, 'A names everyone B does.'),
    '',
    ...(entities.shared.length ? [`**Named in both:** ${list(entities.shared, '')}`, ''] : []),
  ];
}
