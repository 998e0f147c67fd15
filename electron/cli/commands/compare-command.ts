import type { Command } from '../command.js';
import { CliError } from '../cli-error.js';
import { readPaste } from '../read-input.js';
import { draftFromPaste } from '../../core/index.js';
import { compareDrafts } from '../../shared/compare/compare-drafts.js';
import type { Comparison, ComparisonRow, DiffPart, RowKind } from '../../shared/models/comparison.js';

/** Row symbols: colour is never the only signal (DESIGN.md). */
const SYMBOL: Record<RowKind, string> = { same: '=', changed: '~', onlyA: '−', onlyB: '+' };

export const compareCommand: Command = {
  name: 'compare',
  usage: 'cuttings compare ID_A ID_B | --files A.txt B.txt [--json]',
  summary: 'two clips (or two pasted files) side by side',
  async run(ctx) {
    const comparison = ctx.flags.files === true ? await compareFiles(ctx.args) : await ctx.call('compare.clips', clipIds(ctx.args));
    ctx.out(ctx.json ? JSON.stringify(comparison, null, 2) : describe(comparison, process.stdout.isTTY === true));
  },
};

function clipIds(args: string[]): { a: number; b: number } {
  const ids = args.map(Number);
  if (ids.length !== 2 || !ids.every((n) => Number.isInteger(n) && n > 0)) {
    throw new CliError('Give two clip numbers, as shown by `cuttings list`, or --files A.txt B.txt to compare two pastes.', 2);
  }
  return { a: ids[0]!, b: ids[1]! };
}

/** Two pastes compared as the clipper reads them, without a library. */
async function compareFiles(args: string[]): Promise<Comparison> {
  if (args.length !== 2) throw new CliError('Give two files after --files, e.g. cuttings compare --files first.txt second.txt', 2);
  const [a, b] = await Promise.all(args.map(readPaste));
  return compareDrafts(await draftFromPaste(a!), await draftFromPaste(b!));
}

function describe(c: Comparison, tty: boolean): string {
  const count = (kind: RowKind) => c.rows.filter((r) => r.kind === kind).length;
  const lines = [
    `Similarity ${Math.round(c.similarity * 100)}%: ${count('same')} same, ${count('changed')} changed, ` +
      `${count('onlyA')} only in A, ${count('onlyB')} only in B.`,
    `Rows: = same  ~ changed  ${SYMBOL.onlyA} only in A  ${SYMBOL.onlyB} only in B`,
    '',
    ...c.rows.flatMap((row) => describeRow(row, tty)),
    '',
    `Quotes: ${c.quotes.shared.length} shared, ${c.quotes.onlyA.length} only in A, ${c.quotes.onlyB.length} only in B.`,
    ...c.quotes.shared.map((q) => `  = ${q.speaker ?? 'unnamed'}:\n      A “${q.a}”\n      B “${q.b}”`),
    ...c.quotes.onlyA.map((q) => `  ${SYMBOL.onlyA} ${q.speaker ?? 'unnamed'}: “${q.text}”`),
    ...c.quotes.onlyB.map((q) => `  ${SYMBOL.onlyB} ${q.speaker ?? 'unnamed'}: “${q.text}”`),
    '',
    `Named by both:   ${c.entities.shared.join(', ') || '(none)'}`,
    `Only in A:       ${c.entities.onlyA.join(', ') || '(none)'}`,
    `Only in B:       ${c.entities.onlyB.join(', ') || '(none)'}`,
  ];
  return lines.join('\n');
}

function describeRow(row: ComparisonRow, tty: boolean): string[] {
  if (row.kind === 'same') return [`= ${row.a}`];
  if (row.kind === 'onlyA') return [`${SYMBOL.onlyA} A ${row.a}`];
  if (row.kind === 'onlyB') return [`${SYMBOL.onlyB} B ${row.b}`];
  return [`~ A ${row.a}`, `  B ${row.b}`, `  Δ ${inlineDiff(row.diff, tty)}`];
}

/** wdiff-style marks, readable without colour: [-removed-]{+added+}; coloured too on a terminal. */
function inlineDiff(diff: readonly DiffPart[], tty: boolean): string {
  const paint = (code: number, text: string) => (tty ? `\u001b[${code}m${text}\u001b[39m` : text);
  return diff.map(([op, words]) => (op === '=' ? words : op === '-' ? paint(31, `[-${words}-]`) : paint(32, `{+${words}+}`))).join('');
}
