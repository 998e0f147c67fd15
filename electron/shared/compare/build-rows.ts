import type { ComparisonRow } from '../models/comparison.js';
import { typographyKey } from './fold.js';
import type { Group } from './grow-groups.js';
import type { Sentence } from './split-sentences.js';
import { wordDiff } from './word-diff.js';

/**
 * The rows of a comparison: A's sentences in reading order, each group's B sentences beside it,
 * and every B sentence without a partner placed next to the row of its nearest paired neighbour
 * in B (after the one before it, else before the one after it).
 */
export function buildRows(a: readonly Sentence[], b: readonly Sentence[], groups: readonly Group[]): ComparisonRow[] {
  const groupOfA = new Map<number, Group>();
  for (const g of groups) for (const i of g.as) groupOfA.set(i, g);

  const rowsOfA: ComparisonRow[] = [];
  const rowOfGroup = new Map<Group, number>();
  for (let i = 0; i < a.length; i++) {
    const g = groupOfA.get(i);
    if (!g) {
      rowsOfA.push(onlyA(a[i]!.text));
      continue;
    }
    if (g.as[0] !== i) continue; // later members of a group are in its row already
    rowOfGroup.set(g, rowsOfA.length);
    rowsOfA.push(pairedRow(joinText(a, g.as), joinText(b, g.bs)));
  }

  const rowOfB = new Int32Array(b.length).fill(-1);
  for (const [g, row] of rowOfGroup) for (const j of g.bs) rowOfB[j] = row;
  // slot s means "just before A's row s"; slot rowsOfA.length is the end.
  const slots: { slot: number; j: number }[] = [];
  for (let j = 0; j < b.length; j++) {
    if (rowOfB[j] !== -1) continue;
    slots.push({ slot: slotFor(j, rowOfB, b.length, a.length, rowsOfA.length), j });
  }
  slots.sort((x, y) => x.slot - y.slot || x.j - y.j);

  const rows: ComparisonRow[] = [];
  let next = 0;
  for (let r = 0; r <= rowsOfA.length; r++) {
    while (next < slots.length && slots[next]!.slot === r) rows.push(onlyB(b[slots[next++]!.j]!.text));
    if (r < rowsOfA.length) rows.push(rowsOfA[r]!);
  }
  return rows;
}

function slotFor(j: number, rowOfB: Int32Array, sizeB: number, sizeA: number, rowCount: number): number {
  for (let k = j - 1; k >= 0; k--) if (rowOfB[k]! >= 0) return rowOfB[k]! + 1;
  for (let k = j + 1; k < sizeB; k++) if (rowOfB[k]! >= 0) return rowOfB[k]!;
  // Nothing in B is paired: B's sentences go where they sit in proportion to A's.
  return sizeA === 0 ? rowCount : Math.min(rowCount, Math.round(((j + 1) / sizeB) * rowCount));
}

function joinText(sentences: readonly Sentence[], indexes: readonly number[]): string {
  return indexes.map((k) => sentences[k]!.text).join(' ');
}

function pairedRow(a: string, b: string): ComparisonRow {
  if (typographyKey(a) === typographyKey(b)) return { kind: 'same', a, b, diff: [['=', a]] };
  return { kind: 'changed', a, b, diff: wordDiff(a, b) };
}

const onlyA = (a: string): ComparisonRow => ({ kind: 'onlyA', a, b: null, diff: [['-', a]] });
const onlyB = (b: string): ComparisonRow => ({ kind: 'onlyB', a: null, b, diff: [['+', b]] });
