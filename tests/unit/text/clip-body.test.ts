import { describe, expect, it } from 'vitest';
import { joinParagraphs, paragraphStarts, splitBody, wordCount } from '../../../electron/shared/text/clip-body.js';

describe('a clip’s body', () => {
  const paragraphs = ['Ferries resumed on Tuesday.', 'The port said: “We are open.”', 'Нова лінія — 12 рейсів.'];

  it('splits back into the paragraphs it was joined from, and an empty body into none', () => {
    expect(splitBody(joinParagraphs(paragraphs))).toEqual(paragraphs);
    expect(splitBody('')).toEqual([]);
  });

  it('gives each paragraph’s start in the joined body, where highlight offsets count', () => {
    const body = joinParagraphs(paragraphs);
    paragraphStarts(paragraphs).forEach((start, i) => expect(body.slice(start, start + paragraphs[i]!.length)).toBe(paragraphs[i]));
  });

  it('counts words as runs of letters and digits in any script, not punctuation', () => {
    expect(wordCount(paragraphs)).toBe(4 + 6 + 4);
    expect(wordCount(['— … —', ''])).toBe(0);
  });
});
