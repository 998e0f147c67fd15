import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian settlements named after their kind', () => {
  it('lists villages and stations after their kind noun, and the towns of a list after one preposition', () => {
    const draft = parseClip(
      'Котельные заменят к зиме\n\nГаз подведут к деревням Липовка, Заречье и Сосново, а также к поселку Заречному и станции Разъезд. В Чаплыгине и Ивановке отремонтируют котельные, сообщили в администрации района.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Липовка', 'Заречье', 'Сосново', 'Заречный', 'Разъезд', 'Чаплыгин', 'Ивановка']));
    expect(draft.places).not.toContain('Заречному');
    expect(draft.places).not.toContain('Ивановке');
  });

  it('reads a settlement named by an adjective and a noun whole, but not a noun before its region’s adjective', () => {
    const ru = parseClip(
      'Переправу закрыли\n\nПереправу между городом и селом Верхняя Слободка закрыли на неделю. Катера до поселка Зелёный Бор отправятся в июне.',
    );
    expect(ru.places).toEqual(expect.arrayContaining(['Верхняя Слободка', 'Зелёный Бор']));
    expect(ru.places).not.toContain('Верхняя');
    const uk = parseClip('Станцію відкрили\n\nСтанція працює біля села Липівка Чугуївського району вже десять років.');
    expect(uk.places.some((p) => p.includes('Чугуївського'))).toBe(false);
  });

  it('gives Ukrainian villages as written after their kind, and towns in -ець and -иця from the genitive', () => {
    const draft = parseClip(
      'Сапери очистили поля\n\nСапери працювали біля села Вишеньки та в селищі Зеленому, а також біля Кременця та Вербиці. У Зеленому відкрили амбулаторію.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Вишеньки', 'Зелене', 'Кременець', 'Вербиця']));
    expect(draft.places).not.toContain('Зеленому');
    expect(draft.places).not.toContain('Кременця');
  });

  it('lists an airport and an arena by the name after their kind', () => {
    const draft = parseClip(
      'Полосу закрыли\n\nОбе полосы аэропорта Заречное закрыли с утра. Вечером матч прошёл на арене «Ледник» при 4000 зрителях.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Заречное', 'Ледник']));
  });
});

describe('parks and stops named in quotation marks after their kind', () => {
  it('reads the quoted name of a park or a stop, not of a national park', () => {
    const draft = parseClip(
      'Трамвай до парку\n\nНова лінія пройде повз парк «Зелений гай» до зупинки «Лісова-2». У національному парку «Сосновий бір» кажуть, що готові.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Зелений гай', 'Лісова-2']));
    expect(draft.places).not.toContain('Сосновий бір');
  });
});
