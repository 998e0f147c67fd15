import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian bodies', () => {
  it('reads a name in quotation marks after a developer, a fund or a club as a body', () => {
    const ru = parseClip('Суд и дольщики\n\nСуд взыскал с застройщика «Северный берег» неустойку. Деньги получит фонд «Новый дом».');
    expect(ru.organizations).toEqual(expect.arrayContaining(['Северный берег', 'Новый дом']));
    expect(ru.quotes).toEqual([]);
  });

  it('reads a body with two lower-case adjectives before its head, and a plural genitive tail in -ий', () => {
    const ru = parseClip(
      'Решение обжалуют\n\nКомпания обжалует решение в Девятом арбитражном апелляционном суде. Иск подал Фонд поддержки технологий, а матч Северной хоккейной лиги перенесли.',
    );
    expect(ru.organizations).toEqual(
      expect.arrayContaining(['Девятый арбитражный апелляционный суд', 'Фонд поддержки технологий', 'Северная хоккейная лига']),
    );
    expect(ru.places).not.toContain('Девятом');
  });
});

describe('Russian names told by their shape', () => {
  it('reads a given name and a surname as a person, after a participle role or in a list', () => {
    const draft = parseClip(
      'Хоккей\n\nПобедную шайбу забросил нападающий Олег Сомов. У хозяев также отличились Тимур Белкин и Сомов, у гостей — Вадим Грачёв. Прокуратура Липецкой области проверит арену.\n\nМатч Младшей хоккейной лиги посетили 3000 зрителей.',
    );
    expect(draft.people).toEqual(['Олег Сомов', 'Тимур Белкин', 'Вадим Грачёв']);
    expect(draft.organizations).toContain('Младшая хоккейная лига');
  });
});

describe('Russian officials named after their role of a region', () => {
  it('reads a name after a role and a region’s adjective, a given name in -ий included', () => {
    const draft = parseClip(
      'Совещание\n\nГлава Заречного района Дмитрий Ласточкин провёл совещание. По словам Ласточкина, ремонт закончат к осени.\n\nЖители ждут тепла.',
    );
    expect(draft.people).toEqual(['Дмитрий Ласточкин']);
  });
});
