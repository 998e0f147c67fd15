import { describe, expect, it } from 'vitest';
import { cyrillicPersonNominative } from '../../../electron/shared/clipper/cyrillic-names.js';
import { withCyrillicCasesMerged, withoutSurnamesReadAsPlaces } from '../../../electron/shared/clipper/cyrillic-name-variants.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian people named in an oblique case', () => {
  it('reads a man’s first name in the genitive or dative as putting his surname in that case too', () => {
    expect(cyrillicPersonNominative('Андрея Лесницына')).toBe('Андрей Лесницын');
    expect(cyrillicPersonNominative('Геннадию Щербако')).toBe('Геннадий Щербако');
    expect(cyrillicPersonNominative('Сергею Тальникову')).toBe('Сергей Тальников');
    expect(cyrillicPersonNominative('Олегу Вербицькому')).toBe('Олег Вербицький');
    expect(cyrillicPersonNominative('Тарасу Гуменку')).toBe('Тарас Гуменко');
  });

  it('leaves a woman’s name in the nominative alone', () => {
    expect(cyrillicPersonNominative('Александра Лесницына')).toBe('Александра Лесницына');
    expect(cyrillicPersonNominative('Марина Тальникова')).toBe('Марина Тальникова');
  });

  it('lists one person written in two cases once, in the nominative, and names the speaker so', () => {
    const merged = withCyrillicCasesMerged(['Вадима Хорошилова', 'Ирина Белозёрова', 'Вадим Хорошилов']);
    expect(merged.people).toEqual(['Вадим Хорошилов', 'Ирина Белозёрова']);
    expect(merged.canonical('Вадима Хорошилова')).toBe('Вадим Хорошилов');
  });

  it('keeps a surname read as a town out of the places, unless the text writes the town', () => {
    const people = ['Пётр Заречин'];
    expect(withoutSurnamesReadAsPlaces(['Заречино', 'Тверь'], people, ['По словам Заречина, мост закроют.'])).toEqual(['Тверь']);
    expect(withoutSurnamesReadAsPlaces(['Заречино'], people, ['Автобус идёт в Заречино.'])).toEqual(['Заречино']);
  });

  it('finds the person and not a town in a story that declines him', () => {
    const draft = parseClip(
      'Новости\n\nГлава района Пётр Заречин объявил о ремонте моста в Твери. По словам Заречина, работы займут год. «Мы успеем», — сказал Заречин.',
    );
    expect(draft.people).toEqual(['Пётр Заречин']);
    expect(draft.places).not.toContain('Заречино');
  });
});
