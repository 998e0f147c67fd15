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

  it('reads a region in -щина on a short stem, and a known town on a consonant from the genitive after its residents', () => {
    const draft = parseClip(
      'Новини\n\nМолоко закуповуватимуть у фермерів Полтавщини та Сумщини. На заводі працюватимуть мешканці Гадяча. Завод у Гадячі вже працює.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Сумщина', 'Гадяч']));
    expect(draft.places).not.toContain('Гадяча');
    expect(draft.places).not.toContain('Гадячі');
  });

  it('turns a feminine river back from the genitive after its kind, and lists villages after `сіл`', () => {
    const ru = parseClip('Новости\n\nВоду приходится носить из родника у реки Сорохты, жалуются жители.');
    expect(ru.places).toContain('Сорохта');
    expect(ru.places).not.toContain('Сорохты');
    const uk = parseClip('Новини\n\nНа заводі працюватимуть мешканці сіл Лютенька і Дубове, повідомили в громаді.');
    expect(uk.places).toEqual(expect.arrayContaining(['Лютенька', 'Дубове']));
  });

  it('reads on a body’s genitive tail over a hyphened adjective after `и`', () => {
    const draft = parseClip(
      'Новости\n\nДепутат заявила, что обратится в Министерство строительства и жилищно-коммунального хозяйства Лесогории.',
    );
    expect(draft.organizations).toContain('Министерство строительства и жилищно-коммунального хозяйства Лесогории');
    expect(draft.organizations).not.toContain('Министерство строительства');
  });

  it('reads no place from a plain adjective capitalised only by opening its sentence', () => {
    const uk = parseClip('Новини\n\nСтарий міст у селі Липове пошкодили під час паводку. Новий міст відкрили вчора.');
    expect(uk.places).not.toContain('Старий міст');
    expect(uk.places).not.toContain('Новий міст');
    const ru = parseClip(
      'Новости\n\nДо Лесногорского вокзала идёт автобус. Лесногорский вокзал закроют на ремонт, а у Северного вокзала построят парковку.',
    );
    expect(ru.places).toEqual(expect.arrayContaining(['Лесногорский вокзал', 'Северный вокзал']));
  });
});
