import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../electron/shared/compare/compare-drafts.js';
import { splitSentences } from '../../../electron/shared/compare/split-sentences.js';

/** Words from a small shared vocabulary, so random texts overlap often enough to pair. */
const word = fc.constantFrom(
  'ferry',
  'council',
  'Kellna',
  '40',
  'forty',
  'minutes',
  'the',
  'harbour',
  'said',
  'Mr.',
  'U.S.',
  '3.5',
  'and',
  '«',
  '»',
  '"',
  '“',
  '”',
  '大桥',
  '通车',
  'Мост',
  'открыли',
  'é',
  'islanders',
  'decades',
  'two',
  '',
);
const punctuation = fc.constantFrom('', '.', '!', '?', '。', ',', '…', '."', '?»');
const sentence = fc.tuple(fc.array(word, { maxLength: 14 }), punctuation).map(([ws, p]) => ws.join(' ') + p);
const paragraph = fc.oneof(
  fc.array(sentence, { maxLength: 6 }).map((s) => s.join(' ')),
  fc.string({ maxLength: 80 }),
);
const names = fc.array(fc.oneof(word, fc.string({ maxLength: 12 })), { maxLength: 5 });
const quote = fc.record({
  speaker: fc.option(fc.oneof(word, fc.string({ maxLength: 12 }))),
  text: fc.oneof(sentence, fc.string({ maxLength: 40 })),
});
const comparable = fc.record({
  paragraphs: fc.array(paragraph, { maxLength: 6 }),
  quotes: fc.array(quote, { maxLength: 4 }),
  people: names,
  places: names,
  organizations: names,
});

describe('compareDrafts on any input', () => {
  it('never throws, keeps similarity in [0, 1], and covers every sentence of A and B once, A in order', () => {
    fc.assert(
      fc.property(comparable, comparable, (a, b) => {
        const c = compareDrafts(a, b);
        expect(c.similarity).toBeGreaterThanOrEqual(0);
        expect(c.similarity).toBeLessThanOrEqual(1);
        const textsA = splitSentences(a.paragraphs).map((s) => s.text);
        const textsB = splitSentences(b.paragraphs).map((s) => s.text);
        expect(
          c.rows
            .filter((r) => r.a !== null)
            .map((r) => r.a)
            .join(' '),
        ).toBe(textsA.join(' '));
        expect(
          c.rows
            .filter((r) => r.b !== null)
            .map((r) => r.b!)
            .join(' ').length,
        ).toBe(textsB.join(' ').length);
        for (const row of c.rows) {
          expect((row.a === null) === (row.kind === 'onlyB')).toBe(true);
          expect((row.b === null) === (row.kind === 'onlyA')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a text fully similar to itself', () => {
    fc.assert(
      fc.property(comparable, (a) => {
        const c = compareDrafts(a, a);
        expect(c.rows.every((r) => r.kind === 'same')).toBe(true);
        expect(c.quotes.onlyA).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
