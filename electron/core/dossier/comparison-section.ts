import type { DraftQuote } from '../../shared/models/clip-draft.js';
import type { Clip } from '../../shared/models/clip.js';
import type { ComparisonRow, DiffPart, RowKind, SharedQuote } from '../../shared/models/comparison.js';
import type { PrintedComparison } from './dossier-comparisons.js';
import type { PartRef } from './dossier-types.js';
import { clipLabel, formatDate } from './format.js';
import { html, type SafeHtml } from './html.js';

/** A symbol beside the colour of each row, so the kinds read in greyscale too (as in the Compare view). */
const KINDS: Record<RowKind, { symbol: string; label: string }> = {
  same: { symbol: '=', label: 'Same' },
  changed: { symbol: '~', label: 'Changed' },
  onlyA: { symbol: '−', label: 'Only in A' },
  onlyB: { symbol: '+', label: 'Only in B' },
};

/** Past this many characters a row may break across pages: kept whole, it could not fit on one. */
const LONG_ROW = 1_400;

/** The "Comparisons" part: each saved comparison from a new page, A and B in aligned columns. */
export function renderComparisons(comparisons: readonly PrintedComparison[], part: PartRef): SafeHtml {
  return html`${comparisons.map((c, i) => renderComparison(c, comparisons.length, i === 0 ? part : null))}`;
}

/** The contents entries: number, title and the two outlets. */
export function comparisonContentsEntries(comparisons: readonly PrintedComparison[]): SafeHtml[] {
  return comparisons.map(
    (c) =>
      html`<li><a href="#${c.id}"><span class="toc-no">C${c.no}</span><span class="toc-text"><span class="toc-title">${c.title}</span><span class="toc-meta">${sideName(c.a)} · ${sideName(c.b)}</span></span></a></li>`,
  );
}

function sideName(clip: Clip): string {
  return [clip.source, formatDate(clip.date)].filter(Boolean).join(', ') || `Clip ${clip.id}`;
}

/** The first comparison opens the part with its title, so the title never stands alone on a page. */
function renderComparison(printed: PrintedComparison, total: number, opening: PartRef | null): SafeHtml {
  const { comparison, a, b } = printed;
  return html`<article class="comparison"${opening ? html` id="${opening.id}"` : ''} data-running="${runningLine(printed, total)}">
${opening ? html`<h1 class="part-title">${opening.title}</h1>` : ''}
<header class="cmp-head">
<p class="clip-kicker"><span class="clip-no">C${printed.no}</span>Comparison · ${Math.round(comparison.similarity * 100)}% similar</p>
<h2 class="cmp-title" id="${printed.id}">${printed.title}</h2>
<div class="cmp-sides">${renderSide(a, 'A')}${renderSide(b, 'B')}</div>
${renderSummary(comparison.rows)}
</header>
${renderRows(comparison.rows, a, b)}
${renderQuotes(comparison.quotes)}
${renderNames(comparison.entities)}
</article>`;
}

/** The foot of every page it covers says which report is on which side. */
function runningLine({ no, a, b }: PrintedComparison, total: number): string {
  return `Comparison ${no} of ${total} · left A: ${a.source ?? `clip ${a.id}`} · right B: ${b.source ?? `clip ${b.id}`}`;
}

function renderSide(clip: Clip, letter: 'A' | 'B'): SafeHtml {
  const label = clipLabel(clip);
  const meta = [clip.source, formatDate(clip.date), clip.dateline].filter(Boolean).join(' · ');
  return html`<div class="cmp-side cmp-side--${letter.toLowerCase()}">
<p class="cmp-letter">${letter}</p>
<p class="cmp-side-title${label.untitled ? ' clip-title--untitled' : ''}">${label.text}</p>
${meta ? html`<p class="cmp-side-meta">${meta}</p>` : ''}
${clip.byline.length ? html`<p class="cmp-side-meta">By ${clip.byline.join(', ')}</p>` : ''}
</div>`;
}

function renderSummary(rows: readonly ComparisonRow[]): SafeHtml {
  const counts: Record<RowKind, number> = { same: 0, changed: 0, onlyA: 0, onlyB: 0 };
  for (const row of rows) counts[row.kind] += 1;
  const kinds = Object.keys(KINDS) as RowKind[];
  return html`<dl class="cmp-summary">${kinds.map(
    (k) =>
      html`<div class="cmp-count cmp-count--${k}"><dt><span class="cmp-symbol" aria-hidden="true">${KINDS[k].symbol}</span> ${KINDS[k].label}</dt><dd>${counts[k]}</dd></div>`,
  )}</dl>
<p class="cmp-legend">Sentences are counted. In changed rows, words only in A are <del>struck through</del> and words only in B are <ins>underlined</ins>.</p>`;
}

/** The column header names each side's outlet; the runtime repeats it on every page the rows continue to. */
function renderRows(rows: readonly ComparisonRow[], a: Clip, b: Clip): SafeHtml {
  if (!rows.length) return html`<p class="empty-note">Neither clip has any text to line up.</p>`;
  const head = (letter: string, clip: Clip) =>
    html`<span role="columnheader">${letter}${clip.source ? html`<span class="cmp-colhead-source"> · ${clip.source}</span>` : ''}</span>`;
  return html`<div class="cmp-rows" role="table" aria-label="Sentences of A beside those of B">
<div class="cmp-colhead" role="row"><span role="columnheader"></span>${head('A', a)}${head('B', b)}</div>
${rows.map(renderRow)}
</div>`;
}

function renderRow(row: ComparisonRow): SafeHtml {
  const long = (row.a?.length ?? 0) + (row.b?.length ?? 0) > LONG_ROW;
  const kind = KINDS[row.kind];
  return html`<div class="cmp-row cmp-row--${row.kind}${long ? ' cmp-row--long' : ''}" role="row">
<span class="cmp-mark" role="cell" title="${kind.label}">${kind.symbol}</span>
${renderCell(row, 'a')}${renderCell(row, 'b')}
</div>`;
}

function renderCell(row: ComparisonRow, side: 'a' | 'b'): SafeHtml {
  const text = row[side];
  if (text === null) return html`<div class="cmp-cell cmp-cell--gap" role="cell"></div>`;
  return html`<div class="cmp-cell" role="cell">${row.kind === 'changed' && row.diff.length ? renderDiff(row.diff, side) : text}</div>`;
}

/** A shows what it keeps and what B dropped; B what it keeps and what it added. */
function renderDiff(parts: readonly DiffPart[], side: 'a' | 'b'): SafeHtml {
  const own = side === 'a' ? '-' : '+';
  return html`${parts.map(([op, words]) => {
    if (op === '=') return words;
    if (op !== own) return '';
    return op === '-' ? html`<del>${words}</del>` : html`<ins>${words}</ins>`;
  })}`;
}

function renderQuotes(quotes: { shared: SharedQuote[]; onlyA: DraftQuote[]; onlyB: DraftQuote[] }): SafeHtml | '' {
  if (!quotes.shared.length && !quotes.onlyA.length && !quotes.onlyB.length) return '';
  const quote = (speaker: string | null, text: string) =>
    html`<p class="cmp-quote">“${text}”${speaker ? html`<span class="cmp-speaker"> — ${speaker}</span>` : ''}</p>`;
  const shared = quotes.shared.map((q) => html`<div class="cmp-pair">${quote(q.speaker, q.a)}${quote(q.speaker, q.b)}</div>`);
  const differing =
    quotes.onlyA.length || quotes.onlyB.length
      ? html`<div class="cmp-pair cmp-pair--lists">
<div>${quotes.onlyA.length ? quotes.onlyA.map((q) => quote(q.speaker, q.text)) : html`<p class="empty-note">None.</p>`}</div>
<div>${quotes.onlyB.length ? quotes.onlyB.map((q) => quote(q.speaker, q.text)) : html`<p class="empty-note">None.</p>`}</div>
</div>`
      : '';
  const [firstShared, ...restShared] = shared;
  return html`<section class="cmp-extra">
${firstShared ? html`<div class="keep-together"><p class="subhead">Quotes in both</p>${firstShared}</div>${restShared}` : ''}
${differing ? html`<div class="keep-together"><p class="subhead cmp-pair-head"><span>Quotes only in A</span><span>Quotes only in B</span></p>${differing}</div>` : ''}
</section>`;
}

function renderNames(entities: { shared: string[]; onlyA: string[]; onlyB: string[] }): SafeHtml | '' {
  if (!entities.shared.length && !entities.onlyA.length && !entities.onlyB.length) return '';
  const list = (names: readonly string[], none: string) =>
    names.length ? html`<p class="cmp-names">${names.join(' · ')}</p>` : html`<p class="empty-note">${none}</p>`;
  return html`<section class="cmp-extra keep-together">
<p class="subhead cmp-pair-head"><span>Named only in A</span><span>Named only in B</span></p>
<div class="cmp-pair cmp-pair--lists"><div>${list(entities.onlyA, 'B names everyone A does.')}</div><div>${list(entities.onlyB, 'A names everyone B does.')}</div></div>
${entities.shared.length ? html`<p class="cmp-shared-names"><span class="label">Named in both</span> ${entities.shared.join(' · ')}</p>` : ''}
</section>`;
}
