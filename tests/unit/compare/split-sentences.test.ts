import { describe, expect, it } from 'vitest';
import { splitLine, splitSentences } from '../../../electron/shared/compare/split-sentences.js';

describe('splitLine', () => {
  it('splits English sentences and keeps abbreviations, initials and decimals whole', () => {
    expect(splitLine('Mr. Smith met Dr. Jones at 9 a.m. on Jan. 5. Rates rose 3.5 per cent. J. K. Rowling was there.')).toEqual([
      'Mr. Smith met Dr. Jones at 9 a.m. on Jan. 5.',
      'Rates rose 3.5 per cent.',
      'J. K. Rowling was there.',
    ]);
  });

  it('keeps dotted acronyms inside the sentence', () => {
    expect(splitLine('The U.S. Senate voted. It passed.')).toEqual(['The U.S. Senate voted.', 'It passed.']);
  });

  it('ends a sentence after a closing quote, but not before a lower-case attribution', () => {
    expect(splitLine('He said: "We are sorry." Then he left. "Is it safe?" she asked. "No!" Nobody moved.')).toEqual([
      'He said: "We are sorry."',
      'Then he left.',
      '"Is it safe?" she asked.',
      '"No!"',
      'Nobody moved.',
    ]);
  });

  it('keeps a quoted question with its attribution when a name follows', () => {
    expect(splitLine('“Why now?” Ortega asked. The vote went ahead.')).toEqual(['“Why now?” Ortega asked.', 'The vote went ahead.']);
  });

  it('splits Russian with initials, г. and «» quotes', () => {
    expect(splitLine('В. В. Иванов приехал в 2021 г. Москва встретила его. «Мы готовы», — сказал он. Все ушли.')).toEqual([
      'В. В. Иванов приехал в 2021 г. Москва встретила его.',
      '«Мы готовы», — сказал он.',
      'Все ушли.',
    ]);
  });

  it('splits Ukrainian and keeps т. ч.-style abbreviations', () => {
    expect(splitLine('Міст відкрили у вівторок. Рух, у т. ч. вантажний, відновлено. Ремонт коштував 5,2 млн грн.')).toEqual([
      'Міст відкрили у вівторок.',
      'Рух, у т. ч. вантажний, відновлено.',
      'Ремонт коштував 5,2 млн грн.',
    ]);
  });

  it('splits German and reads "am 3. Oktober" and "z.B." as inside the sentence', () => {
    expect(splitLine('Die Brücke wurde am 3. Oktober gesperrt. Viele Pendler, z.B. aus Pirna, warten. Nr. 7 fährt nicht.')).toEqual([
      'Die Brücke wurde am 3. Oktober gesperrt.',
      'Viele Pendler, z.B. aus Pirna, warten.',
      'Nr. 7 fährt nicht.',
    ]);
  });

  it('splits French with guillemets and no-break spaces, keeping M. with the name', () => {
    expect(splitLine('M. Dupont est arrivé. « Nous sommes prêts. » La séance a repris.')).toEqual([
      'M. Dupont est arrivé.',
      '« Nous sommes prêts. »',
      'La séance a repris.',
    ]);
  });

  it('splits Chinese at full stops without spaces, keeping closing quotes', () => {
    expect(splitLine('大桥今天通车。他说：“我们很高兴。”市民纷纷前来！这是第一座？')).toEqual([
      '大桥今天通车。',
      '他说：“我们很高兴。”',
      '市民纷纷前来！',
      '这是第一座？',
    ]);
  });

  it('cuts very long text without sentence punctuation into readable pieces', () => {
    const words = Array.from({ length: 1_000 }, (_, k) => `word${k}`).join(' ');
    const pieces = splitLine(words);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.every((p) => p.length <= 600)).toBe(true);
    expect(pieces.join(' ')).toBe(words);
  });
});

describe('splitSentences', () => {
  it('never joins across paragraphs or lines and records the paragraph', () => {
    expect(splitSentences(['One. Two', 'Three\nFour.'])).toEqual([
      { text: 'One.', paragraph: 0 },
      { text: 'Two', paragraph: 0 },
      { text: 'Three', paragraph: 1 },
      { text: 'Four.', paragraph: 1 },
    ]);
  });

  it('gives nothing for empty input', () => {
    expect(splitSentences([])).toEqual([]);
    expect(splitSentences(['', '   '])).toEqual([]);
  });
});
