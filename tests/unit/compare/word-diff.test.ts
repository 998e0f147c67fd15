import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../electron/shared/compare/word-diff.js';

const side = (parts: ReturnType<typeof wordDiff>, skip: '+' | '-') =>
  parts
    .filter(([op]) => op !== skip)
    .map(([, text]) => text)
    .join('');

describe('word diff of two sentences', () => {
  it('loses no letter of either sentence when their spaces differ around a change', () => {
    const a =
      'HAVEN, May 2 (Wire A) - Both sides signed agreements on Monday to study an upgrade of a freight railway in the north, its second-biggest project.';
    const b =
      'HAVEN, May 2 (Wire B) -- Both sides on Monday signed a series of documents on trade, injecting new impetus into the long-standing partnership.';
    const parts = wordDiff(a, b);
    expect(side(parts, '-')).toBe(b);
    expect(side(parts, '+')).toBe(a);
    expect(parts).toContainEqual(['-', 'freight railway in the north']);
  });

  it('adds no space before the full stop on the side where words follow only in the other', () => {
    const a = 'The operator is chartering a boat, said its chief executive, Ada Lind.';
    const b = 'Chief executive Ada Lind said a boat was being chartered.';
    const parts = wordDiff(a, b);
    expect(side(parts, '+')).toBe(a);
    expect(side(parts, '-')).toBe(b);
  });

  it('keeps a number’s separators as written on each side', () => {
    const parts = wordDiff('The toll rose to 1 300 people, up  from 900.', 'The toll rose to 1,350 people, up from 900.');
    expect(side(parts, '+').replace(/\s+/gu, ' ')).toBe('The toll rose to 1 300 people, up from 900.');
    expect(side(parts, '-')).toBe('The toll rose to 1,350 people, up from 900.');
    expect(parts).toContainEqual(['-', '1 300']);
  });
});
