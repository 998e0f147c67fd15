import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian streets named after their kind', () => {
  it('gives a Russian street in the nominative, its adjective turned back and a genitive name kept', () => {
    const draft = parseClip(
      'Во Липецке отключат свет\n\nВо вторник в Липецке на улице Полевой и на проспекте Металлургов отключат электричество. Прокуратура Липецкой области проверит сроки работ.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Липецк', 'улица Полевая', 'проспект Металлургов']));
    expect(draft.places).not.toContain('Липецкая область');
    expect(draft.organizations).toContain('Прокуратура Липецкой области');
  });

  it('gives Ukrainian streets in the nominative and towns with their і and soft sign', () => {
    const draft = parseClip(
      'У Рівному ремонтують дороги\n\nУ Рівному закрили рух вулицею Шкільною, а тролейбуси їздитимуть вулицею Івана Франка. Асфальт привезли з Ужгорода, повідомили в Рівненській міській раді.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['вулиця Шкільна', 'вулиця Івана Франка', 'Ужгород']));
    expect(draft.places).not.toContain('Рівненській');
    expect(draft.places).not.toContain('Ужгорода');
  });
});

describe('Russian and Ukrainian streets of more than one word', () => {
  it('keeps two adjectives, a locative avenue and a list after a plural kind noun', () => {
    const draft = parseClip(
      'У Ковелі ремонтують колії\n\nУ Ковелі закрили рух на вулиці Малій Садовій та на проспекті Зеленої Діброви. На перехресті вулиць Марії Заньковецької та Лесі Українки облаштують зупинку.',
    );
    expect(draft.places).toEqual(
      expect.arrayContaining(['вулиця Мала Садова', 'проспект Зеленої Діброви', 'вулиця Марії Заньковецької', 'вулиця Лесі Українки']),
    );
    expect(draft.places).not.toContain('вулиця Мала');
  });

  it('keeps a square named by an adjective and its noun in the genitive as written', () => {
    const draft = parseClip(
      'В Липецке пустят автобусы\n\nВ Липецке автобусы будут ходить от площади Третьей пятилетки до вокзала. На улице Лесной прошли работы.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['площадь Третьей пятилетки', 'улица Лесная']));
    expect(draft.places).not.toContain('площадь Третья');
  });
});
