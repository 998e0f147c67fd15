import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian places named by an adjective before their kind', () => {
  it('turns a Ukrainian feminine accusative and a neuter genitive back to the nominative', () => {
    const draft = parseClip(
      'У Ковелі змінять маршрути\n\nМешканці їздили до центру через Вокзальну вулицю, а трамваї вийдуть із Східного депо та з Нового трамвайного депо.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Вокзальна вулиця', 'Східне депо', 'Нове трамвайне депо']));
    expect(draft.places).not.toContain('Східного');
  });

  it('reads a hyphened district and a settlement, and keeps only the fullest form of a depot', () => {
    const draft = parseClip(
      'В Липецке горело депо\n\nНочью в Липецке горело Южное трамвайное депо. Южное депо открылось в 1950 году. Автобусы пустят до Рабочего поселка, а в Ново-Липецком районе ограничат движение.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Южное трамвайное депо', 'Рабочий поселок', 'Ново-Липецкий район']));
    expect(draft.places).not.toContain('Южное депо');
  });
});

describe('Russian and Ukrainian firms named by an adjective and their trade', () => {
  it('reads a company, a shipping line and a register, and no sentence whose words only end like adjectives', () => {
    const draft = parseClip(
      'Тепло дадут в срок\n\nСетевая компания готова. Работы ведет Лесогорская сетевая компания, грузы возит Восточное речное пароходство, а суда проверяет Российский судовой регистр.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Лесогорская сетевая компания', 'Восточное речное пароходство', 'Российский судовой регистр']),
    );
    const uk = parseClip('Станцію збудують\n\nУстаткування надасть місцева компанія, повідомили в Лісогірській міській раді.');
    expect(uk.organizations.some((o) => o.startsWith('Устаткування'))).toBe(false);
  });
});
