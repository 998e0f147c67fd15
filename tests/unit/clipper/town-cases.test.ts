import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a town after a preposition, back in the nominative', () => {
  it('reads a Ukrainian plural in the locative and a masculine in the genitive', () => {
    const draft = parseClip(
      'Лелеки повернулися раніше\n\nОрнітологи помітили перших лелек у Хоробричах та поблизу Гайворона ще на початку березня.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Хоробричі', 'Гайворон']));
  });

  it('reads a Russian plural in the locative', () => {
    const draft = parseClip('Паводок отступил\n\nВода ушла из подвалов в Заозерках только к пятнице, сообщили спасатели.');
    expect(draft.places).toContain('Заозерки');
  });

  it('reads no town from a bank or an agency named after a preposition', () => {
    const draft = parseClip(
      'Кредиты подорожали\n\nИнженер из Лесогорска Пётр Зуев оформил кредит в Северкомбанке, а его брат работает в Энергоагентстве.',
    );
    expect(draft.places).not.toContain('Северкомбанка');
    expect(draft.places).not.toContain('Северкомбанк');
    expect(draft.places).not.toContain('Энергоагентство');
  });

  it('reads Ukrainian towns in -ів, lands in a doubled consonant and regions in -ччина from their cases, and a neuter as written', () => {
    const draft = parseClip(
      'Вода спадає\n\nРятувальники працюють на Заріччі та на Гайсинниччині. Людей евакуюють у Ракові, рух між Ракова і Дубовом закрито. Діти їздять до школи у Світлоозерне.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Заріччя', 'Гайсинниччина', 'Раків', 'Світлоозерне']));
    for (const form of ['Заріччі', 'Гайсинниччині', 'Ракові', 'Дубовом', 'Світлоозерн']) expect(draft.places).not.toContain(form);
  });

  it('reads no town from a Latin name after a preposition, nor another town’s stem from a Ukrainian neuter in -е', () => {
    const uk = parseClip('Міст закрили\n\nРятувальники закрили міст у Липове. Стежте за новинами у Telegram.');
    expect(uk.places).toContain('Липове');
    expect(uk.places).toEqual(['Липове']);
    expect(uk.places).not.toContain('Telegram');
    const ru = parseClip('Мост закрыли\n\nСпасатели закрыли мост в Заречном. Следите за новостями в Telegram.');
    expect(ru.places).not.toContain('Telegram');
  });

  it('gives a place read in a case form back in the nominative the text writes elsewhere', () => {
    const draft = parseClip(
      'Ріка виходить з берегів\n\nВорскола піднялася на метр. Міст через Ворсколу закрили, а пік на Ворсколі очікують уночі.',
    );
    expect(draft.places).toContain('Ворскола');
    expect(draft.places).not.toContain('Ворсколу');
    expect(draft.places).not.toContain('Ворсколі');
  });

  it('reads a Ukrainian town of an adjective and a noun from the locative and the genitive', () => {
    const draft = parseClip(
      'Міст відкрили\n\nНовий міст відкрили у Новій Липівці та в Старому Роздолі. Люди з Нової Липівки раді, а на Великій Вербі чекають на свій міст.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Нова Липівка', 'Старий Розділ', 'Велика Верба']));
    for (const form of ['Новий Липівці', 'Старий Роздолі', 'Нова Липівки']) expect(draft.places).not.toContain(form);
  });

  it('reads a Ukrainian town in -вка or -нка from the locative, its apostrophe and all, and no other town from its first letters', () => {
    const draft = parseClip('Міст відкрили\n\nМіст відкрили в Дуб’янці та у Липівці, а делегація з Дуб’янця-Лісового приїхала.');
    expect(draft.places).toEqual(expect.arrayContaining(['Дуб’янка', 'Липівка']));
    expect(draft.places.every((p) => p.startsWith('Дуб’ян') || p === 'Липівка')).toBe(true);
  });
});

describe('a place after a compound preposition or in an adjective’s case', () => {
  it('reads the genitive after `из-под`', () => {
    const draft = parseClip('Вода ушла\n\nВоду для посёлка возят из-под Велимы уже третью неделю, сообщили в администрации.');
    expect(draft.places).toContain('Велима');
    expect(draft.places).not.toContain('Велимы');
  });

  it('reads a Ukrainian town in `-нька` from its locative', () => {
    const draft = parseClip('Школа відкрилася\n\nПісля ремонту школа у Вербиньці знову прийняла учнів, повідомили в громаді.');
    expect(draft.places).toContain('Вербинька');
  });

  it('gives a name declined as an adjective the nominative the text writes elsewhere', () => {
    const draft = parseClip(
      'Автобус до Тихоозерного\n\nДо Тихоозерного знову ходить автобус. Мешканці мікрорайону Тихоозерне чекали на нього два роки.',
    );
    expect(draft.places).toContain('Тихоозерне');
    expect(draft.places).not.toContain('Тихоозерного');
  });
});

describe('a town after a preposition of place that opens a sentence', () => {
  it('reads the town after a capitalised `Біля` or `Между`, in the nominative', () => {
    const uk = parseClip('Затори на трасі\n\nБіля Гайворона утворився затор на дванадцять кілометрів.');
    expect(uk.places).toContain('Гайворон');
    const ru = parseClip('Пробки на трассе\n\nМежду Кыштымом и Касли движение закрыто до утра.');
    expect(ru.places).toContain('Кыштым');
  });
});

describe('towns in -вка after a preposition', () => {
  it('gives a Ukrainian town back from its genitive and accusative', () => {
    const draft = parseClip('Трамвай у Луцьку\n\nМаршрут скоротять, а до Липівки курсуватиме трамвай. Нова лінія піде на Вербівку.');
    expect(draft.places).toEqual(expect.arrayContaining(['Липівка', 'Вербівка']));
    expect(draft.places).not.toContain('Липівки');
  });

  it('gives a Russian town back from its genitive and accusative', () => {
    const draft = parseClip('Автобус в Липецке\n\nАвтобусы пойдут до Липовки и на Вербовку, сказал Иван Петров.');
    expect(draft.places).toEqual(expect.arrayContaining(['Липовка', 'Вербовка']));
  });
});

describe('a common noun opening a sentence before a town', () => {
  it('reads no person from a noun and a town in the genitive, but keeps a woman named like a town', () => {
    const draft = parseClip('Лед на реке\n\nВласти Липецка закрыли переправу. Об этом сообщила Анна Королева, глава отдела.');
    expect(draft.people.some((p) => p.includes('Липецка'))).toBe(false);
    expect(draft.people).toContain('Анна Королева');
  });
});
