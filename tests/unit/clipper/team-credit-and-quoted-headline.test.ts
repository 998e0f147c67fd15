import { describe, expect, it } from 'vitest';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { isNavigation } from '../../../electron/shared/clipper/cruft.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a team credited as a whole', () => {
  it.each([
    ['Ukrainian', 'Над матеріалом працювали: Ірина Дорош, Павло Степанюк', ['Ірина Дорош', 'Павло Степанюк']],
    ['Russian', 'Над материалом работали: Ирина Дорош, Павел Степанюк', ['Ирина Дорош', 'Павел Степанюк']],
    ['French', 'Ont collaboré à cet article : Lise Morvan et Paul Kerhervé', ['Lise Morvan', 'Paul Kerhervé']],
  ])('names each writer (%s)', (_, line, names) => {
    expect(readBylineLine(line)?.names).toEqual(names);
  });

  it('needs its colon: the same words in a sentence credit no one', () => {
    expect(readBylineLine('Над матеріалом працювали двоє журналістів і фотограф')).toBeNull();
  });
});

describe('a headline that opens on a name in guillemets', () => {
  it('is no breadcrumb: a closing guillemet parts no links', () => {
    expect(isNavigation('«Полісся-Нива» вирвала перемогу над «Буревієм» на останній хвилині')).toBe(false);
    expect(isNavigation('Главная » Новости » Спорт')).toBe(true);
  });

  it('heads a whole page under its section line', () => {
    const page = [
      'Спорт-Ревю | Футбол | Перша ліга',
      '«Озерна-Сталь» вирвала перемогу над «Вітрилом» на 90+2-й хвилині',
      'Оновлено: 14 вересня 2025, 22:40',
      '«Озерна-Сталь» обіграла «Вітрило» з рахунком 2:1 у матчі шостого туру, який відбувся в неділю на міському стадіоні. Переможний гол забив 20-річний нападник уже в компенсований час.',
      'Гості відкрили рахунок на 30-й хвилині після подачі кутового. Господарі зрівняли одразу після перерви з пенальті, а наприкінці матчу гості залишилися вдесятьох.',
      'Після цієї перемоги команда піднялася на третє місце з 14 очками й наступного тижня зіграє на виїзді.',
      'Коментарі (12)',
      'Читайте також',
      'Нападник увійшов до символічної збірної туру',
    ].join('\n');
    expect(parseClip(page).title).toBe('«Озерна-Сталь» вирвала перемогу над «Вітрилом» на 90+2-й хвилині');
  });
});
