import { describe, expect, it } from 'vitest';
import { isHeadlineLike } from '../../../electron/shared/clipper/title.js';

describe('a line that heads no story', () => {
  it('is not a row of a table, more figures than words', () => {
    expect(isHeadlineLike('17 Marta Ilves 2,045 3 1 0')).toBe(false);
    expect(isHeadlineLike('5 things to know about the new bridge tolls')).toBe(true);
  });

  it('is not an item of a list or a footnote, which opens on its mark', () => {
    expect(isHeadlineLike('* Only the first ten riders score in the final round')).toBe(false);
    expect(isHeadlineLike('• See the full calendar of the season')).toBe(false);
  });
});
