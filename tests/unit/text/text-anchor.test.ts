import { describe, expect, it } from 'vitest';
import { anchorIn, wholeWords } from '../../../electron/shared/text/text-anchor.js';

const widened = (text: string, from: number, to: number) => {
  const words = wholeWords(text, from, to);
  return anchorIn(text, words.from, words.to).exact;
};

describe('a selection taken as a highlight', () => {
  const text = 'The ministry called both sides to the table. « Rien », a dit Mme Dubois.';
  const at = (part: string) => text.indexOf(part);

  it.each([
    ['ends a letter short of a word', at('The'), at('table') + 3, 'The ministry called both sides to the table'],
    ['starts a letter into a word', at('ministry') + 2, at('called') + 6, 'ministry called'],
    ['lies inside one word', at('sides') + 1, at('sides') + 3, 'sides'],
    ['already holds whole words', at('both'), at('sides') + 5, 'both sides'],
    ['picks up spaces and stops at punctuation', at('table') - 1, at('.') + 2, 'table.'],
  ])('%s', (_case, from, to, exact) => {
    expect(widened(text, from, to)).toBe(exact);
  });

  it('takes whole words in Cyrillic, and keeps a character-wide selection in Chinese', () => {
    const russian = 'Министерство транспорта призвало стороны';
    expect(widened(russian, 2, russian.indexOf('транспорта') + 4)).toBe('Министерство транспорта');
    const chinese = '交通部呼吁双方回到谈判桌前';
    expect(widened(chinese, 3, 5)).toBe('呼吁');
  });
});
