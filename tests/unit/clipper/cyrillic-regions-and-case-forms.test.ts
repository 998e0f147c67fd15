import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Russian and Ukrainian places in any case, and bodies named after their kind', () => {
  it('finds a region in -щина without a preposition, and a hyphened one, in the nominative', () => {
    const draft = parseClip(
      'Новини\n\nУ гірських районах Липовеччини випав сніг. Рятувальники працюють і на Верхньо-Соснівщині, повідомили в службі.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Липовеччина', 'Верхньо-Соснівщина']));
    expect(draft.places).not.toContain('Липовеччини');
  });

  it('turns a feminine town back from the genitive after a preposition', () => {
    const uk = parseClip('Новини\n\nПацієнтів возили з Гаврилки та з Вербляжки до лікарні, повідомили в громаді.');
    expect(uk.places).toEqual(expect.arrayContaining(['Гаврилка', 'Вербляжка']));
    expect(uk.places).not.toContain('Гаврилки');
    const ru = parseClip('Новости\n\nАвтобус пришёл из Заболотья и из Кологи с опозданием, сообщили перевозчики.');
    expect(ru.places).toEqual(expect.arrayContaining(['Заболотье', 'Колога']));
  });

  it('reads on a list of towns after `або`', () => {
    const draft = parseClip('Новини\n\nХворих возили до Липівки або Гаврилівки, повідомили в лікарні.');
    expect(draft.places).toEqual(expect.arrayContaining(['Липівка', 'Гаврилівка']));
    expect(draft.places).not.toContain('Гаврилівки');
  });

  it('ends a street before the given name of the person living in it', () => {
    const draft = parseClip('Новини\n\nМешканка вулиці Соборності Ганна Дячук каже, що чекала роками.');
    expect(draft.places).toContain('вулиця Соборності');
    expect(draft.places.some((p) => p.includes('Ганна'))).toBe(false);
  });

  it('names a mountain with its kind, and a town quarter by its adjective', () => {
    const uk = parseClip('Новини\n\nВзимку перевал біля гори Ротань засипає снігом, кажуть місцеві.');
    expect(uk.places).toContain('гора Ротань');
    const ru = parseClip('Новости\n\nЖители Лозовой слободы ждут новый мост, сообщили в управе.');
    expect(ru.places).toContain('Лозовая слобода');
  });

  it('reads a body in quotation marks after a foundation or a municipal enterprise', () => {
    const uk = parseClip('Новини\n\nОбладнання передала польська фундація «Zdrowe Jutro» з Вроцлава.');
    expect(uk.organizations).toContain('Zdrowe Jutro');
    const ru = parseClip('Новости\n\nДиректор МП «Лесогорскводоканал» Иван Рябцев пообещал дать воду к вечеру.');
    expect(ru.organizations).toContain('Лесогорскводоканал');
  });

  it('reads no body from a town council or centre whose town goes unnamed', () => {
    const draft = parseClip('Новини\n\nМіська рада: школи завтра працюватимуть дистанційно.\n\nЦентр міста — без тролейбусів.');
    expect(draft.organizations).not.toContain('Міська рада');
    expect(draft.organizations).not.toContain('Центр міста');
  });
});
