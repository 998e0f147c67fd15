import { describe, expect, it } from 'vitest';
import { compareDrafts, type ComparableDraft } from '../../../electron/shared/compare/compare-drafts.js';
import type { ComparisonRow } from '../../../electron/shared/models/comparison.js';
import { draft } from './draft-fixture.js';
import { corpusText, corpusTruth } from '../../support/fixtures.js';

/**
 * The corpus pairs (tests/fixtures/corpus, field `pair`). Paragraphs are the paste's non-empty lines, so
 * these tests do not depend on the clipper; quotes and entities come from the ground truth.
 */
const lines = (name: string) =>
  corpusText(name)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const fromCorpus = (name: string) => {
  const { quotes, people, places, organizations } = corpusTruth(name) as Partial<ComparableDraft>;
  return draft(lines(name), { quotes, people, places, organizations });
};
const paired = (rows: ComparisonRow[]) => rows.filter((r) => r.kind === 'same' || r.kind === 'changed');
const isNumber = (text: string) => /^\s*[\d.,]+\s*$/u.test(text);

describe('updated version (v06 → v07)', () => {
  const a = 'v06_ledger_viaduct_original';
  const b = 'v07_ledger_viaduct_updated';
  const c = compareDrafts(fromCorpus(a), fromCorpus(b));

  it('shows the corrected number as one changed row with a word diff', () => {
    const numberChanges = c.rows.filter(
      (r) =>
        r.kind === 'changed' &&
        r.diff.filter(([op]) => op !== '=').length === 2 &&
        r.diff.filter(([op]) => op !== '=').every(([, words]) => isNumber(words)),
    );
    expect(numberChanges).toHaveLength(1);
  });

  it('keeps unchanged lines as same rows, drops nothing, and shows the added paragraph as B only', () => {
    const inA = new Set(lines(a));
    const added = lines(b).filter((l) => !inA.has(l));
    expect(c.rows.filter((r) => r.kind === 'onlyA')).toEqual([]);
    const onlyB = c.rows.filter((r) => r.kind === 'onlyB').map((r) => r.b!);
    expect(onlyB.length).toBeGreaterThanOrEqual(2);
    expect(onlyB.every((s) => added.some((line) => line.includes(s)))).toBe(true);
    expect(c.rows.filter((r) => r.kind === 'same').length).toBeGreaterThan(20);
    expect(c.similarity).toBeGreaterThan(0.8);
  });

  it('pairs the new headline with the old one', () => {
    expect(c.rows[1]).toMatchObject({ kind: 'changed', a: lines(a)[1], b: lines(b)[1] });
  });

  it('shares every quote and entity and lists the new quote as B only', () => {
    expect(c.quotes.onlyA).toEqual([]);
    expect(c.quotes.onlyB).toHaveLength(1);
    expect(c.entities.onlyA).toEqual([]);
    expect(c.entities.onlyB).toEqual([]);
  });
});

describe.each([
  ['v02_reuters_china_argentina', 'v03_xinhua_china_argentina', 2],
  // One outlet quotes a remark whole that the other gives in two pieces: one shared remark.
  ['v04_tass_barents_rescue', 'v05_ap_barents_rescue', 2],
])('same event (%s, %s)', (a, b, sharedQuotes) => {
  const c = compareDrafts(fromCorpus(a), fromCorpus(b));

  it('aligns a meaningful share of the sentences, mostly as changed wording', () => {
    expect(paired(c.rows).length).toBeGreaterThanOrEqual(5);
    expect(c.rows.filter((r) => r.kind === 'changed').length).toBeGreaterThanOrEqual(4);
    expect(c.similarity).toBeGreaterThan(0.15);
    expect(c.similarity).toBeLessThan(0.6);
  });

  it('shares the quotes that the two outlets translated differently', () => {
    expect(c.quotes.shared).toHaveLength(sharedQuotes);
    expect(c.quotes.shared.every((s) => s.a !== s.b && s.speaker !== null)).toBe(true);
  });

  it('lists entities named by both and by one side only', () => {
    expect(c.entities.shared.length).toBeGreaterThanOrEqual(5);
    expect(c.entities.onlyA.length + c.entities.onlyB.length).toBeGreaterThan(0);
  });
});
