import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../electron/shared/compare/compare-drafts.js';
import { draft } from './draft-fixture.js';

const story = [
  'The harbour council approved a new ferry timetable on Monday after months of complaints from islanders.',
  'Boats to Kellna will now leave every 40 minutes instead of every hour.',
  'The change will cost the council about 1.2 million euros a year.',
  'Fishing crews said the extra crossings would crowd the narrow channel near the lighthouse.',
];

const kinds = (rows: { kind: string }[]) => rows.map((r) => r.kind);

describe('sentence alignment', () => {
  it('pairs reordered sentences and keeps A’s reading order', () => {
    const b = [story[2]!, story[0]!, story[3]!, story[1]!];
    const c = compareDrafts(draft([story.join(' ')]), draft(b));
    expect(kinds(c.rows)).toEqual(['same', 'same', 'same', 'same']);
    expect(c.rows.map((r) => r.a)).toEqual(story);
    expect(c.rows.map((r) => r.b)).toEqual(story);
    expect(c.similarity).toBeCloseTo(1, 5);
  });

  it('shows a changed number as one changed row with a word diff', () => {
    const b = [...story];
    b[1] = 'Boats to Kellna will now leave every 30 minutes instead of every hour.';
    const c = compareDrafts(draft(story), draft(b));
    expect(kinds(c.rows)).toEqual(['same', 'changed', 'same', 'same']);
    expect(c.rows[1]!.diff).toEqual([
      ['=', 'Boats to Kellna will now leave every '],
      ['-', '40'],
      ['+', '30'],
      ['=', ' minutes instead of every hour.'],
    ]);
  });

  it('pairs one sentence with the two that the other text split it into', () => {
    const a = ['The harbour council approved a new ferry timetable on Monday, and boats to Kellna will now leave every 40 minutes.'];
    const b = ['The harbour council approved a new ferry timetable on Monday.', 'Boats to Kellna will now leave every 40 minutes.'];
    const c = compareDrafts(draft(a), draft(b));
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]).toMatchObject({ kind: 'changed', a: a[0], b: b.join(' ') });
  });

  it('pairs two sentences with the one that the other text merged them into', () => {
    const a = ['The harbour council approved a new ferry timetable on Monday.', 'Boats to Kellna will now leave every 40 minutes.'];
    const b = ['The harbour council approved a new ferry timetable on Monday, and boats to Kellna will now leave every 40 minutes.'];
    const c = compareDrafts(draft(a), draft(b));
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]).toMatchObject({ kind: 'changed', a: a.join(' '), b: b[0] });
  });

  it('pairs paraphrases that share their content words', () => {
    const a = ['Firefighters brought the warehouse blaze in Dunmore under control after six hours, officials said.'];
    const b = ['After 6 hours, the fire at the Dunmore warehouse was under control, according to officials.'];
    const c = compareDrafts(draft(a), draft(b));
    expect(kinds(c.rows)).toEqual(['changed']);
  });

  it('pairs a sentence rewritten in place, between the same neighbours, on less shared wording', () => {
    const a = [story[0]!, 'Ticket prices for the Kellna crossing will stay the same until the autumn.', story[2]!];
    const b = [story[0]!, 'Islanders will see no higher prices for a crossing before October, officials promised.', story[2]!];
    const c = compareDrafts(draft(a), draft(b));
    expect(kinds(c.rows)).toEqual(['same', 'changed', 'same']);
    // The same two sentences in different places are not paired on so little.
    const far = compareDrafts(draft([a[1]!, story[0]!, story[2]!]), draft([story[0]!, story[2]!, b[1]!]));
    expect(kinds(far.rows)).toEqual(['onlyA', 'same', 'same', 'onlyB']);
  });

  it('prefers the pairing that is best overall to the first good match', () => {
    // A's first sentence fits both of B's, but only one of B's fits A's second sentence.
    const a = ['Kellna ferry timetable approved by harbour council.', 'Harbour council approved ferry fares for islanders.'];
    const b = ['Harbour council approved ferry fares for islanders on Monday.', 'Kellna ferry timetable approved.'];
    const c = compareDrafts(draft(a), draft(b));
    expect(c.rows.map((r) => [r.a, r.b])).toEqual([
      [a[0], b[1]],
      [a[1], b[0]],
    ]);
  });

  it('leaves unrelated sentences unpaired and places B’s new sentence after its neighbour’s partner', () => {
    const b = [story[0]!, story[1]!, 'A second pier will open at Brannock in the spring.', story[2]!, story[3]!];
    const a = [story[0]!, story[1]!, 'Tourist numbers have doubled since 2019.', story[2]!, story[3]!];
    const c = compareDrafts(draft(a), draft(b));
    expect(kinds(c.rows)).toEqual(['same', 'same', 'onlyA', 'onlyB', 'same', 'same']);
    expect(c.rows[2]!.diff).toEqual([['-', a[2]]]);
    expect(c.rows[3]!.diff).toEqual([['+', b[2]]]);
  });

  it('puts B-only sentences at the top when they come before anything paired', () => {
    const c = compareDrafts(draft([story[0]!]), draft(['Breaking news from the islands tonight.', story[0]!]));
    expect(kinds(c.rows)).toEqual(['onlyB', 'same']);
  });

  it('reads a title first, so a new headline is a changed row', () => {
    const a = draft(story, { title: 'Harbour council approves new Kellna ferry timetable' });
    const b = draft(story, { title: 'Kellna ferry timetable approved despite fishing crews’ fears' });
    const c = compareDrafts(a, b);
    expect(c.rows[0]).toMatchObject({ kind: 'changed', a: a.title, b: b.title });
    expect(kinds(c.rows.slice(1))).toEqual(['same', 'same', 'same', 'same']);
  });

  it('treats typography differences as the same sentence', () => {
    const c = compareDrafts(draft(['“We are ready,” she said — twice.']), draft(['"We are ready," she said - twice.']));
    expect(kinds(c.rows)).toEqual(['same']);
  });
});

describe('similarity and bad input', () => {
  it('is 1 for identical texts and 0 for texts with nothing in common', () => {
    expect(compareDrafts(draft(story), draft(story)).similarity).toBeCloseTo(1, 5);
    const other = ['Völlig andere Wörter stehen hier.', 'Nichts davon kommt oben vor.'];
    expect(compareDrafts(draft(story), draft(other)).similarity).toBe(0);
  });

  it('copes with empty texts on either side', () => {
    const empty = compareDrafts(draft([]), draft([]));
    expect(empty).toEqual({
      similarity: 1,
      rows: [],
      quotes: { shared: [], onlyA: [], onlyB: [] },
      entities: { shared: [], onlyA: [], onlyB: [] },
    });
    const oneSided = compareDrafts(draft([]), draft(story));
    expect(oneSided.similarity).toBe(0);
    expect(kinds(oneSided.rows)).toEqual(['onlyB', 'onlyB', 'onlyB', 'onlyB']);
  });

  it('compares texts in different scripts without pairing them', () => {
    const c = compareDrafts(draft(story), draft(['大桥今天通车。市民纷纷前来。', 'Мост открыли во вторник.']));
    expect(c.similarity).toBe(0);
    expect(c.rows.filter((r) => r.kind === 'onlyA')).toHaveLength(4);
    expect(c.rows.filter((r) => r.kind === 'onlyB')).toHaveLength(3);
  });

  it('aligns Chinese sentences and diffs them by word', () => {
    const c = compareDrafts(
      draft(['杭州湾大桥今天正式通车。大桥全长三十六公里。']),
      draft(['杭州湾大桥今天正式通车。大桥全长三十五公里。']),
    );
    expect(kinds(c.rows)).toEqual(['same', 'changed']);
    expect(c.rows[1]!.diff.some(([op]) => op === '-')).toBe(true);
  });

  it('finishes in bounded time on a 200,000-word clip, and on text with no punctuation', () => {
    const words = Array.from({ length: 200_000 }, (_, k) => `w${k % 5_000}`);
    const huge = draft([words.join(' ')]);
    const started = Date.now();
    const c = compareDrafts(huge, draft(story));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(
      c.rows
        .filter((r) => r.a !== null)
        .map((r) => r.a)
        .join(' '),
    ).toBe(words.join(' '));
    expect(c.similarity).toBeGreaterThanOrEqual(0);
  });
});
