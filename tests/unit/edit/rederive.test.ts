import { describe, expect, it } from 'vitest';
import { rederiveList, rederiveQuotes } from '../../../electron/shared/edit/rederive.js';
import { paragraphsFromText, joinParagraphs } from '../../../electron/shared/text/clip-body.js';

describe('names and quotes after a text edit', () => {
  it('drops what only the old text gave, adds what the new text gives, keeps what the user added', () => {
    const current = ['Ilse Varga', 'Oskar Lindqvist', 'Anna Berg'];
    expect(rederiveList(current, ['Ilse Varga', 'Oskar Lindqvist'], ['Ilse Varga', 'Marta Kowalczyk'])).toEqual([
      'Ilse Varga',
      'Anna Berg',
      'Marta Kowalczyk',
    ]);
  });

  it('keeps a name the user removed out, unless the new text brings it in newly', () => {
    expect(rederiveList(['Ilse Varga'], ['Ilse Varga', 'Oskar Lindqvist'], ['Ilse Varga', 'Oskar Lindqvist'])).toEqual(['Ilse Varga']);
  });

  it('matches quotes by their words, keeping the speaker the user gave', () => {
    const current = [{ speaker: 'Ilse Varga', text: 'We will not sail' }];
    const before = [
      { speaker: null, text: 'We will not sail' },
      { speaker: null, text: 'Gone now' },
    ];
    const after = [
      { speaker: null, text: 'We  will not sail' },
      { speaker: 'Marta Kowalczyk', text: 'The rotas are safe' },
    ];
    expect(rederiveQuotes(current, before, after)).toEqual([
      { speaker: 'Ilse Varga', text: 'We will not sail' },
      { speaker: 'Marta Kowalczyk', text: 'The rotas are safe' },
    ]);
  });
});

describe('a clip’s text as one string', () => {
  it('splits paragraphs at blank lines and joins wrapped lines', () => {
    expect(paragraphsFromText('First line\nwrapped.\r\n\r\n  \n\nSecond.\n   \nThird.')).toEqual([
      'First line wrapped.',
      'Second.',
      'Third.',
    ]);
    expect(paragraphsFromText(joinParagraphs(['One.', 'Two.']))).toEqual(['One.', 'Two.']);
  });
});
