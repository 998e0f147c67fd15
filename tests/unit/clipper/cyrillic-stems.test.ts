import { describe, expect, it } from 'vitest';
import { sameCyrillicWord, stemKey } from '../../../electron/shared/clipper/cyrillic-stems.js';

describe('Russian and Ukrainian words by their stems', () => {
  it('keys a name by its words’ stems, in either language', () => {
    expect(stemKey('Нижней Заречной', false)).toBe(stemKey('Нижняя Заречная', false));
    expect(stemKey('Верхньо-Озерної', true)).toBe(stemKey('Верхньо-Озерна', true));
  });

  it('takes a word in two cases for one word, in Russian or in Ukrainian', () => {
    expect(sameCyrillicWord('полуночный', 'полуночного')).toBe(true);
    expect(sameCyrillicWord('вестовщик', 'вестовщика')).toBe(true);
    expect(sameCyrillicWord('криниця', 'криниці')).toBe(true);
    expect(sameCyrillicWord('світанкова', 'світанкової')).toBe(true);
    expect(sameCyrillicWord('світанковій', 'світанкова')).toBe(true);
  });

  it('keeps apart words that only open alike, words too short to tell, and other scripts', () => {
    expect(sameCyrillicWord('полуночный', 'полуостров')).toBe(false);
    expect(sameCyrillicWord('ад', 'ада')).toBe(false);
    expect(sameCyrillicWord('Harbour', 'Harbours')).toBe(false);
  });
});
