import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian numbered roads, compound heads and quoted shops', () => {
  it('names a road by its number after its kind', () => {
    const draft = parseClip('Новости\n\nДвижение по трассе М-12 и на автодороге Р-255 ограничено, сообщили в ГИБДД.');
    expect(draft.places).toEqual(expect.arrayContaining(['М-12', 'Р-255']));
  });

  it('reads a body whose head noun ends a hyphened compound, in the nominative', () => {
    const draft = parseClip("Новини\n\nКлуб посів шосте місце у матчі дев'ятого туру Заріченської Прем'єр-ліги.");
    expect(draft.organizations).toContain("Заріченська Прем'єр-ліга");
  });

  it('reads a shop named in quotation marks as a body, not as the land its words name', () => {
    const draft = parseClip('Новини\n\nПекарня «Лісовий край» на вулиці Садовій відкрилася три роки тому.');
    expect(draft.organizations).toContain('Лісовий край');
    expect(draft.places).not.toContain('Лісовий край');
  });
});

describe('Russian and Ukrainian state bodies named in one word', () => {
  it('reads a body named on the state’s prefix, in the nominative, and no town from it after a preposition', () => {
    const draft = parseClip('Новини\n\nДані передали в Держлісагентство, а ремонт колії завершує Укрпошталізниця. Україна чекає.');
    expect(draft.organizations).toEqual(expect.arrayContaining(['Держлісагентство', 'Укрпошталізниця']));
    expect(draft.places).not.toContain('Держлісагентство');
    expect(draft.organizations).not.toContain('Україна');
  });

  it('leaves out the agency’s own marker in the dateline', () => {
    const draft = parseClip('Новини\n\nОДЕСА, 2 травня (Укрпрес) – У порту запрацював новий термінал, повідомили в адміністрації.');
    expect(draft.organizations).not.toContain('Укрпрес');
  });
});
