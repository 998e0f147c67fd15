import type { RowKind } from '../api/models.js';

/** Each kind of row has a symbol as well as a colour, so colour is never the only signal. */
export const ROW_KINDS: Record<RowKind, { symbol: string; label: string; plural: string }> = {
  same: { symbol: '=', label: 'Same', plural: 'same' },
  changed: { symbol: '~', label: 'Changed', plural: 'changed' },
  onlyA: { symbol: '−', label: 'Only in A', plural: 'only in A' },
  onlyB: { symbol: '+', label: 'Only in B', plural: 'only in B' },
};
