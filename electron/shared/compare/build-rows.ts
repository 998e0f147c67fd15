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
  const slots = slotsOfOnlyB(rowsOfA, rowOfB);
  slots.sort((x, y) => x.slot - y.slot || x.j - y.j);

  const rows: ComparisonRow[] = [];
  let next = 0;
  for (let r = 0; r <= rowsOfA.length; r++) {
    while (next < slots.length && slots[next]!.slot === r) rows.push(onlyB(b[slots[next++]!.j]!.text));
    if (r < rowsOfA.length) rows.push(rowsOfA[r]!);
  }
  return rows;
}

/**
 * Where each of B's unpaired sentences goes, as a slot: "just before A's row s", the end being
 * slot rowsOfA.length. Linear: the nearest paired neighbours on both sides are found in two sweeps.
 */
function slotsOfOnlyB(rowsOfA: readonly ComparisonRow[], rowOfB: Int32Array): { slot: number; j: number }[] {
  const prevRow = new Int32Array(rowOfB.length);
  const nextRow = new Int32Array(rowOfB.length);
  for (let j = 0, last = -1; j < rowOfB.length; j++) {
    prevRow[j] = last;
    if (rowOfB[j]! >= 0) last = rowOfB[j]!;
  }
  for (let j = rowOfB.length - 1, last = -1; j >= 0; j--) {
    nextRow[j] = last;
    if (rowOfB[j]! >= 0) last = rowOfB[j]!;
  }
  const pastOnlyA = new Int32Array(rowsOfA.length + 1);
  pastOnlyA[rowsOfA.length] = rowsOfA.length;
  for (let r = rowsOfA.length - 1; r >= 0; r--) pastOnlyA[r] = rowsOfA[r]!.kind === 'onlyA' ? pastOnlyA[r + 1]! : r;
  const slots: { slot: number; j: number }[] = [];
  for (let j = 0; j < rowOfB.length; j++) {
    if (rowOfB[j] !== -1) continue;
    let slot: number;
    if (prevRow[j]! >= 0) {
      // After A's own unpaired sentences there: a replaced sentence reads as removed, then added.
      slot = pastOnlyA[prevRow[j]! + 1]!;
    } else if (nextRow[j]! >= 0) slot = nextRow[j]!;
    // Nothing in B is paired: B's sentences go where they sit in proportion to A's.
    else slot = Math.min(rowsOfA.length, Math.round(((j + 1) / rowOfB.length) * rowsOfA.length));
    slots.push({ slot, j });
  }
  return slots;
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
