import type { DraftQuote } from './clip-draft.js';
import type { ClipSummary } from './clip.js';

/**
 * Comparison is a fixed JSON format (DESIGN.md): `cuttings compare --json` prints it and outside
 * scripts read it. Field names and meanings must not change.
 */

export type RowKind = 'same' | 'changed' | 'onlyA' | 'onlyB';

/** One step of a word diff: `=` kept, `-` only in A, `+` only in B, with the words (spaces kept). */
export type DiffOp = '=' | '-' | '+';
export type DiffPart = [DiffOp, string];

export interface ComparisonRow {
  kind: RowKind;
  /** A's sentence (or consecutive sentences that B merged into one), null on an onlyB row. */
  a: string | null;
  /** B's sentence (or consecutive sentences), null on an onlyA row. */
  b: string | null;
  diff: DiffPart[];
}

export interface SharedQuote {
  speaker: string | null;
  a: string;
  b: string;
}

export interface Comparison {
  /** 0 for nothing in common, 1 for the same text. */
  similarity: number;
  /** In A's reading order, with B's sentences beside their partners and B-only ones near where they fit. */
  rows: ComparisonRow[];
  quotes: { shared: SharedQuote[]; onlyA: DraftQuote[]; onlyB: DraftQuote[] };
  /** People, places and organisations as names; a shared name is given in its fuller spelling. */
  entities: { shared: string[]; onlyA: string[]; onlyB: string[] };
}

/** A clip like another one (`clips.related`), to start a comparison from. */
export interface RelatedClip extends ClipSummary {
  /** Share of distinct content words the two texts have in common, in [0, 1]. */
  similarity: number;
}
