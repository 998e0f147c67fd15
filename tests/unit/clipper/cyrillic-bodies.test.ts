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

describe('Russian bodies and the words around them', () => {
  it('reads a field in the dative plural after a body’s head, and ends the tail before a verb', () => {
    const draft = parseClip(
      'Решение обжалуют\n\nРешение Арбитражного суда Лесогорска обжалуют. Представители Министерства по спасательным операциям прибыли на место.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Арбитражный суд Лесогорска', 'Министерство по спасательным операциям']));
    expect(draft.organizations.some((o) => o.endsWith('обжалуют'))).toBe(false);
    expect(draft.organizations).not.toContain('Министерство');
  });

  it('reads no town from a body’s adjective that a town’s name shares', () => {
    const draft = parseClip('Кредит выдан\n\nДоговор подписан с Центральным банком Лесогорья в понедельник.');
    expect(draft.organizations).toContain('Центральный банк Лесогорья');
    expect(draft.places).not.toContain('Центральный');
  });
});

describe('bodies named in quotation marks after their kind', () => {
  it('reads a university or a theatre by its quoted name, a hyphened adjective in it whole', () => {
    const draft = parseClip(
      'Угоду підписано\n\nУгоду підписали з Національним університетом «Лісо-Степова академія» та з театром «Срібні ворота».',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Лісо-Степова академія', 'Срібні ворота']));
    expect(draft.organizations).not.toContain('Степова академія');
  });

  it('reads a kind with a prefix, a bureau and a non-profit’s initials before the quoted name', () => {
    const draft = parseClip(
      'Школу збудують\n\nПроєкт підготувало бюро «Вітроград», кошти дасть агрохолдинг «Ясний лан», а толоку організує ГО «Тихий двір».',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Вітроград', 'Ясний лан', 'Тихий двір']));
    expect(draft.organizations).not.toContain('ГО');
    expect(draft.organizations).not.toContain('Вітрограда');
  });
});

describe('a body’s kind alone', () => {
  it('lists no body for a kind that only opens a sentence, and keeps the body named in full', () => {
    const draft = parseClip(
      'Рух обмежили\n\nПоліція обмежила рух автошляхом. Прокуратура відкрила справу. Лісогірська обласна прокуратура повідомила подробиці.',
    );
    expect(draft.organizations).toEqual(['Лісогірська обласна прокуратура']);
  });
});

describe('initials of a body named in full elsewhere', () => {
  it('lists the body once, by its full name', () => {
    const draft = parseClip(
      'Кредит на станцію\n\nБанк спільно з Північним фондом відновлення та розвитку надасть кредит. Як зазначили у ПФВР, фонд візьме половину ризику.',
    );
    expect(draft.organizations).toContain('Північний фонд відновлення та розвитку');
    expect(draft.organizations).not.toContain('ПФВР');
  });
});

describe('Ukrainian bodies before the person who heads them', () => {
  it('gives a neuter body whose noun reads the same in the genitive in the nominative, and ends it before the person', () => {
    const draft = parseClip(
      'Вода спадає\n\n«Тримаємось», — сказав начальник Лісогірського районного управління ДРС Михайло Лукаш. Голова Лісогірської районної військової адміністрації Андрій Маркович звернувся до мешканців.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Лісогірське районне управління ДРС', 'Лісогірська районна військова адміністрація']),
    );
    expect(draft.organizations.some((o) => o.endsWith('Андрій') || o.startsWith('Лісогірського'))).toBe(false);
  });
});

describe('Russian bodies beside a country, another body or a person', () => {
  it('ends a body’s tail before another body after и, and reads a country named only inside the body’s name as no place', () => {
    const draft = parseClip(
      'Проверка\n\nПредставители Министерства транспорта Российской Федерации и Высшего арбитражного суда приехали в Лесогорск.',
    );
    expect(draft.organizations).toContain('Министерство транспорта Российской Федерации');
    expect(draft.organizations).not.toContain('Российская Федерация');
    expect(draft.organizations.some((o) => o.includes(' и '))).toBe(false);
    expect(draft.places).not.toContain('Российская Федерация');
    expect(draft.places).not.toContain('Высшего');
  });

  it('reads no person from a body’s or a town’s adjective and noun after a role', () => {
    const draft = parseClip('Голосование\n\nДепутаты Верховной Палаты Лесогорья проголосовали. Мэр Нижней Заречки Олег Кудрин доволен.');
    expect(draft.people).toEqual(['Олег Кудрин']);
    expect(draft.organizations).toContain('Верховная Палата Лесогорья');
  });
});

describe('Russian words that only look like a body’s or a place’s', () => {
  it('reads the quoted name, not the adjective and kind that describe it, as the body', () => {
    const draft = parseClip('Кредит выдан\n\nЛесогорский банк «Верхний мост» выдал кредит фермерам.');
    expect(draft.organizations).toContain('Верхний мост');
    expect(draft.organizations).not.toContain('Лесогорский банк');
  });

  it('reads no place from a town-like word written only inside a quoted body’s name', () => {
    const draft = parseClip(
      'Долг взыскан\n\nСуд взыскал долг по иску банка «Центральный кредит». Банк «Центральный кредит» доволен решением.',
    );
    expect(draft.organizations).toContain('Центральный кредит');
    expect(draft.places).not.toContain('Центральный');
  });

  it('reads no body from a comparative or an adverb that ends like an adjective or a genitive', () => {
    const draft = parseClip(
      'Споры о стройке\n\nРанее суды рассматривали похожие споры. «Банк фактически остановил стройку», — сказал застройщик.',
    );
    expect(draft.organizations.some((o) => /Ранее|Раний|фактически/u.test(o))).toBe(false);
  });

  it('leaves the word opening a sentence out of the initials of the body after it', () => {
    const draft = parseClip('Пути проверят\n\nСпециалисты ЖДК проверяют пути. Управление ГИБДД сообщило о пробках.');
    expect(draft.organizations).toEqual(expect.arrayContaining(['ЖДК', 'Управление ГИБДД']));
    expect(draft.organizations).not.toContain('Специалисты ЖДК');
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

describe('Russian and Ukrainian bodies with a field', () => {
  it('keeps the field after по or з as part of a centre’s or a committee’s name', () => {
    const ru = parseClip(
      'Лёд тонкий\n\nВ Озерском центре по гидрологии и охране лесов сообщили, что лёд тает. Вопрос обсудят на заседании комитета по транспорту и дорожной политике, по словам депутатов.',
    );
    expect(ru.organizations).toEqual(
      expect.arrayContaining(['Озерский центр по гидрологии и охране лесов', 'комитет по транспорту и дорожной политике']),
    );
    const uk = parseClip('Паводок\n\nУ Лісовому обласному центрі з гідрології повідомили, що вода спадає.');
    expect(uk.organizations).toContain('Лісовий обласний центр з гідрології');
  });

  it('gives a Ukrainian hard adjective in -ній back as -на, a soft one as -ня, and keeps a closing plural genitive', () => {
    const uk = parseClip(
      'Лікарня\n\nУ Озерній обласній лікарні відкрили відділення. Дані передали Всесвітній організації охорони здоров’я та Лісовому центру контролю та профілактики травм.',
    );
    expect(uk.organizations).toEqual(
      expect.arrayContaining([
        'Озерна обласна лікарня',
        'Всесвітня організація охорони здоров’я',
        'Лісовий центр контролю та профілактики травм',
      ]),
    );
  });
});

describe('a national body that capitalises its head noun too', () => {
  it('is an organisation, in the nominative, and never the person a pronoun points to', () => {
    const draft = parseClip(
      [
        'Закон про шоломи',
        '',
        'Верховна Рада ухвалила в першому читанні законопроєкт про шоломи.',
        '',
        'Проти виступив депутат Остап Ведмідь. «Ми знову вирішуємо проблему штрафами», — заявив він.',
      ].join('\n'),
    );
    expect(draft.organizations).toContain('Верховна Рада');
    expect(draft.people).toEqual(['Остап Ведмідь']);
    expect(draft.quotes[0]!.speaker).toBe('Остап Ведмідь');
  });
});

describe('a body named in quotation marks after a group’s or an ensemble’s kind', () => {
  it('reads a search squad, an orchestra, a choir and an initiative group in Russian and Ukrainian', () => {
    const ru = parseClip(
      'Поиски продолжаются\n\nК поискам присоединились добровольцы отряда «Серая сова». Вечером камерный оркестр «Речные огни» дал концерт, а хор «Северное сияние» спел вместе с ним. Завод входит в группу "Восточная трубная компания".',
    );
    expect(ru.organizations).toEqual(
      expect.arrayContaining(['Серая сова', 'Речные огни', 'Северное сияние', 'Восточная трубная компания']),
    );
    const uk = parseClip('Мешканці проти\n\nІніціативна група «Тиха Левада» у заяві закликала міськраду переглянути рішення.');
    expect(uk.organizations).toContain('Тиха Левада');
  });
});
