import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian land, water and roads', () => {
  it('names capes, bays and river mouths with their kind, and rivers and islands by their name alone', () => {
    const draft = parseClip(
      'Новости\n\nТуристов сняли с мыса Орлиный и вывезли из бухты Каменной. На реке Вишера и на острове Длинном ввели запрет.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['мыс Орлиный', 'бухта Каменная', 'Вишера', 'Длинный']));
    expect(draft.places).not.toContain('Каменной');
  });

  it('names a Ukrainian river mouth with its kind, and a kind that opens a sentence', () => {
    const draft = parseClip('Новини\n\nСудна чекають біля гирла Старе. Аеропорт Заріччя працює у звичному режимі.');
    expect(draft.places).toEqual(expect.arrayContaining(['гирло Старе', 'Заріччя']));
  });

  it('turns back an adjective before a spit, a highway and a tract', () => {
    const draft = parseClip(
      'Новости\n\nТуристы едут на Длинную косу, а грузовики стоят на Заречном шоссе и на Сибирском тракте, сообщили в ГИБДД.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Длинная коса', 'Заречное шоссе', 'Сибирский тракт']));
    expect(draft.places).not.toContain('Длинную');
  });

  it('gives the masculine of an adjective stressed on its ending in -ой', () => {
    const draft = parseClip('Новости\n\nПассажиров высадили у Морского вокзала, а дело рассмотрит Второй кассационный суд.');
    expect(draft.places).toContain('Морской вокзал');
    expect(draft.organizations).toContain('Второй кассационный суд');
  });

  it('names a power station by its adjective and initials as a place, not a body', () => {
    const draft = parseClip('Новости\n\nПлотину Заречной ГЭС осмотрели инженеры.');
    expect(draft.places).toContain('Заречная ГЭС');
    expect(draft.organizations).not.toContain('Заречной ГЭС');
  });
});
