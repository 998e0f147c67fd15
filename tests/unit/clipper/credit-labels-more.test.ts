import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { labelledAuthors, readBylineLine } from '../../../electron/shared/clipper/byline.js';

describe('credits the clipper reads', () => {
  it.each([
    ['a Chinese paper’s own reporter', '本报记者 周若溪', ['周若溪']],
    ['a German review', 'Eine Kritik von Klara Roth', ['Klara Roth']],
    ['a German analysis', 'Eine Analyse von Klara Roth', ['Klara Roth']],
    [
      'a German guest piece, named in a compound, with the reading time after the name',
      'Ein Gastbeitrag von Prof. Dr. Klara Roth Lesezeit: 4 Minuten',
      ['Klara Roth'],
    ],
    ['an English credit with the reading time after the name', 'By Klara Roth Reading time: 5 min', ['Klara Roth']],
    ['a Polish text credit before the photographer’s', 'tekst: Klara Roth / zdjęcia: Ola Nowak | 12.11.2026', ['Klara Roth']],
    ['a Russian author with the label’s colon', 'Автор: Павел Лесной', ['Павел Лесной']],
    ['a Russian author of the text', 'Автор текста: Павел Лесной', ['Павел Лесной']],
  ])('%s', (_, line, names) => {
    expect(readBylineLine(line)?.names).toEqual(names);
  });

  it('every author a Chinese header labels, not the first alone', () => {
    expect(labelledAuthors('2024-09-18 10:32:15 来源：江城财经网 作者：周若溪 韩立冬')).toEqual(['周若溪', '韩立冬']);
    expect(labelledAuthors('来源：江城财经网 作者：周若溪 责任编辑：韩立冬')).toEqual(['周若溪']);
  });

  it('not the author of a bill, named in the story’s sentence', () => {
    expect(readBylineLine('Автор законопроекта, депутат Павел Лесной, напомнил, что семьи тратят на проезд до 3 тысяч рублей.')).toBeNull();
  });
});

describe('a name alone under the header’s date, over a photo credit', () => {
  it('is the writer, not the picture’s caption', () => {
    const clip = parseClip(
      [
        'Спорт-Ревю | Футбол | Перша ліга',
        'Команда з Озерного вирвала перемогу на останній хвилині',
        'Оновлено: 14 вересня 2025, 22:40',
        'Андрій Лісовий',
        'Фото: прес-служба клубу',
        'Команда з Озерного обіграла гостей з рахунком 2:1 у матчі шостого туру, який відбувся в неділю на міському стадіоні. Переможний гол забив 20-річний нападник уже в компенсований час.',
        'Гості відкрили рахунок на 30-й хвилині після подачі кутового. Господарі зрівняли одразу після перерви з пенальті, а наприкінці матчу гості залишилися вдесятьох.',
        'Після цієї перемоги команда піднялася на третє місце з 14 очками й наступного тижня зіграє на виїзді.',
      ].join('\n'),
    );
    expect(clip.byline).toEqual(['Андрій Лісовий']);
  });
});
