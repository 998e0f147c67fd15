import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../electron/shared/compare/word-diff.js';

const side = (parts: [string, string][], keep: '-' | '+') =>
  parts
    .filter(([op]) => op === '=' || op === keep)
    .map(([, t]) => t)
    .join('');

describe('numbers in word diffs', () => {
  it.each([['1,300'], ['1 300'], ['1\u00a0300'], ['1\u202f300'], ['1.300'], ['1’300'], ["1'300"]])(
    'shows "300" corrected to "%s" as one changed number',
    (corrected) => {
      const parts = wordDiff('The line carried 300 trains a day.', `The line carried ${corrected} trains a day.`);
      expect(parts).toEqual([
        ['=', 'The line carried '],
        ['-', '300'],
        ['+', corrected],
        ['=', ' trains a day.'],
      ]);
    },
  );

  it('keeps a decimal whole and gives back both sentences exactly', () => {
    const a = 'Prices rose 3.5% in 2022, to 12 400 crowns.';
    const b = 'Prices rose 3.7% in 2022, to 12 450 crowns.';
    const parts = wordDiff(a, b);
    expect(parts.filter(([op]) => op === '-').map(([, t]) => t)).toEqual(['3.5', '12 400']);
    expect(parts.filter(([op]) => op === '+').map(([, t]) => t)).toEqual(['3.7', '12 450']);
    expect(side(parts, '-')).toBe(a);
    expect(side(parts, '+')).toBe(b);
  });

  it('does not join a year and the number after it, nor words and numbers', () => {
    const parts = wordDiff('In 2022 300 people left.', 'In 2022 500 people left.');
    expect(parts).toEqual([
      ['=', 'In 2022 '],
      ['-', '300'],
      ['+', '500'],
      ['=', ' people left.'],
    ]);
  });
});
