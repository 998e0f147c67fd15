import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian numbered roads, compound heads and quoted shops', () => {
  it('names a road by its number after its kind', () => {
    const draft = parseClip('Новости\n\nДвижение по трассе М-12 и на автодороге Р-255 ограничено, сообщили в ГИБДД.');
    expect(draft.places).toEqual(expect.arrayContaining(['М-12', 'Р-255']));
  });

  it('reads a body whose head noun ends a hyphened compound, in the nominative', () => {
    const draft = parseClip("Новини\n\nМинулого року команда виграла чемпіонат Заріченської Прем'єр-ліги.");
    expect(draft.organizations).toContain("Заріченська Прем'єр-ліга");
  });

  it('reads a shop named in quotation marks as a body, not as the land its words name', () => {
    const draft = parseClip("Новини\n\nКав'ярня «Лісовий край» працює біля вокзалу вже п'ять років.");
    expect(draft.organizations).toContain('Лісовий край');
    expect(draft.places).not.toContain('Лісовий край');
  });
});

describe('Russian and Ukrainian state bodies named in one word', () => {
  it('reads a body named on the state’s prefix, in the nominative, and no town from it after a preposition', () => {
    const draft = parseClip('Новини\n\nСкаргу надіслали в Держлісагентство, а посилки возить Укрпошталізниця. Україна чекає.');
    expect(draft.organizations).toEqual(expect.arrayContaining(['Держлісагентство', 'Укрпошталізниця']));
    expect(draft.places).not.toContain('Держлісагентство');
    expect(draft.organizations).not.toContain('Україна');
  });

  it('leaves out the agency’s own marker in the dateline', () => {
    const draft = parseClip('Новини\n\nЛЬВІВ, 2 травня (Укрпрес) – На ринку подешевшали овочі, повідомили в управлінні.');
    expect(draft.organizations).not.toContain('Укрпрес');
  });
});
