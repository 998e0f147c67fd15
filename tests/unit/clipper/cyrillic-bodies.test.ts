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
      'Решение обжалуют\n\nКомпания обжалует решение в Девятом арбитражном апелляционном суде. Иск подал Фонд поддержки территорий, а матч Северной хоккейной лиги перенесли.',
    );
    expect(ru.organizations).toEqual(
      expect.arrayContaining(['Девятый арбитражный апелляционный суд', 'Фонд поддержки территорий', 'Северная хоккейная лига']),
    );
    expect(ru.places).not.toContain('Девятом');
  });
});
