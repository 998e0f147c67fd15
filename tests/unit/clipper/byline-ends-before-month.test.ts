import { describe, expect, it } from 'vitest';
import { bareName, readBylineLine } from '../../../electron/shared/clipper/byline.js';

describe('the names of a byline run on into its timestamp', () => {
  it('end before a month’s name and the day after it', () => {
    expect(readBylineLine('By DORA WHITCOMBE Associated Press Jul 9, 2024 Updated 17 min ago')?.names).toEqual(['Dora Whitcombe']);
    expect(readBylineLine('By Dora Whitcombe, Staff Writer Jul 9, 2024 Updated Jul 10, 2024')?.names).toEqual(['Dora Whitcombe']);
  });

  it('keep a surname that is a month’s name when no day follows it', () => {
    expect(readBylineLine('By Elsie May')?.names).toEqual(['Elsie May']);
  });
});

describe('a byline whose credit word the copy glued to the name', () => {
  it('credits the name without the word', () => {
    expect(bareName('ByDora Whitcombe')).toBe('Dora Whitcombe');
    expect(bareName('Byron Whitcombe')).toBe('Byron Whitcombe');
  });
});
