import { describe, expect, it } from 'vitest';
import { joinParagraphs, lengthLabel, paragraphStarts, splitBody, wordCount } from '../../../electron/shared/text/clip-body.js';

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

  it('counts Chinese and Japanese by the character, as their readers do, beside the words of other scripts', () => {
    expect(wordCount(['埃及供应部表示，小麦库存可维持五个月。'])).toBe(17);
    expect(wordCount(['東京で3日、新しい駅が開業した。'])).toBe(14);
    expect(wordCount(['新华社 Xinhua 报道'])).toBe(6);
  });

  it('labels a length in characters for Chinese and Japanese and in words elsewhere, one in the singular', () => {
    expect(lengthLabel(1204, 'zh')).toBe(`${(1204).toLocaleString()} characters`);
    expect(lengthLabel(1, 'ja')).toBe('1 character');
    expect(lengthLabel(1, 'de')).toBe('1 word');
    expect(lengthLabel(12, null)).toBe('12 words');
  });
});
