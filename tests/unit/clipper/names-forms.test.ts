import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { germanNominative } from '../../../electron/shared/clipper/german-names.js';
import { isDemonym } from '../../../electron/shared/clipper/demonyms.js';

describe('bodies named after their country', () => {
  it('reads a hyphenated French agency and an English one as organisations, not people', () => {
    const fr = parseClip(
      'Alerte sur la vallée\n\nAéro-France a annoncé mardi l’annulation de vols, tandis que Météo-Belgique prévoit de fortes pluies.\n\n« Nous surveillons la situation », a déclaré Paul Girard, porte-parole de Aéro-France.',
    );
    expect(fr.organizations).toEqual(expect.arrayContaining(['Aéro-France', 'Météo-Belgique']));
    expect(fr.people).toEqual(['Paul Girard']);
    expect(fr.quotes[0]!.speaker).toBe('Paul Girard');
    const en = parseClip(
      'Storm hits coast\n\nTransport Norway closed the port on Tuesday. "Boats stay in," said Tom Fry, a spokesman for Parks Norway.',
    );
    expect(en.organizations).toEqual(expect.arrayContaining(['Transport Norway', 'Parks Norway']));
    expect(en.quotes[0]!.speaker).toBe('Tom Fry');
  });

  it('keeps two countries joined by a hyphen out of the organisations', () => {
    expect(parseClip('Talks\n\nThe Chile-Peru border reopened on Monday.').organizations).toEqual([]);
  });
});

describe('German case forms', () => {
  it('folds declined names back to the nominative', () => {
    expect(germanNominative('Europäischen Kommission', 'der')).toBe('Europäische Kommission');
    expect(germanNominative('Auswärtigen Amt', 'dem')).toBe('Auswärtiges Amt');
    expect(germanNominative('Auswärtigen Amtes', 'des')).toBe('Auswärtiges Amt');
    expect(germanNominative('Bundestages', 'des')).toBe('Bundestag');
    expect(germanNominative('Deutsche Wetterdienst', 'der')).toBe('Deutscher Wetterdienst');
    expect(germanNominative('Berliner Senat', 'dem')).toBe('Berliner Senat');
  });

  it('reads no adjective in a plural body’s name before the place it serves', () => {
    expect(germanNominative('Staatsforsten Thüringen', 'die')).toBe('Staatsforsten Thüringen');
    expect(germanNominative('Europäischen Union', 'der')).toBe('Europäische Union');
  });

  it('lists each body once, in the nominative, from a German text', () => {
    const draft = parseClip(
      'Debatte im Parlament\n\nDie Abgeordneten des Bundestages stimmten ab. Ein Sprecher der Europäischen Kommission sagte, man habe mit dem Auswärtigen Amt gesprochen. Auch der Deutsche Wetterdienst warnte vor Sturm. Vertreter des Auswärtigen Amtes reisten nach Prag.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Bundestag', 'Europäische Kommission', 'Auswärtiges Amt', 'Deutscher Wetterdienst']),
    );
    expect(draft.organizations).not.toContain('Auswärtigen Amtes');
    expect(draft.people).toEqual([]);
  });
});

describe('Ukrainian plural and case forms', () => {
  it('gives plural genitive names in the nominative', () => {
    const draft = parseClip(
      'Нова допомога\n\nПредставники Збройних сил України зустрілися з делегацією Сполучених Штатів у Львові. Міністерство розвитку громад та територій України повідомило про нові проєкти.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Збройні сили України', 'Міністерство розвитку громад та територій України']),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Сполучені Штати', 'Львів']));
    expect(draft.places).not.toContain('Львов');
  });

  it('finds towns whose case forms the stemmer misses', () => {
    const draft = parseClip('Новини регіону\n\nУ Харкові відкрили укриття, а в Черкасах працює штаб. З Харкова вирушив потяг до Одеси.');
    expect(draft.places).toEqual(expect.arrayContaining(['Харків', 'Черкаси', 'Одеса']));
  });

  it('gives back a town whose nominative writes ї after a vowel, and reads a plural role before a town as no one', () => {
    const draft = parseClip(
      'Зустріч громад\n\nУ Києві в понеділок зібралися голови громад. Делегація приїхала до Києва зранку.\n\nПредставники Львова заявили, що підтримають проєкт.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Київ', 'Львів']));
    expect(draft.places).not.toContain('Києві');
    expect(draft.places).not.toContain('Києв');
    expect(draft.people).toEqual([]);
  });
});

describe('Russian and Ukrainian names in other cases', () => {
  it('gives a man’s name in the genitive after “in the words of” with a consonant-stem surname', () => {
    const draft = parseClip('Лікарня\n\nЗа словами завідувача відділення Тараса Гайдара, відділення відкриють у травні.');
    expect(draft.people).toEqual(['Тарас Гайдар']);
    expect(parseClip('Завод\n\nПо словам директора завода Глеба Мороза, цех откроют в мае.').people).toEqual(['Глеб Мороз']);
    expect(parseClip('Лікарня\n\nЗа словами лікарки Олени Гнатюк, черги зменшилися.').people).toEqual(['Олена Гнатюк']);
  });

  it('gives a woman’s name in the instrumental in the nominative', () => {
    expect(parseClip('Встреча\n\nМы встретились с директором Варварой Самохиной в понедельник.').people).toEqual(['Варвара Самохина']);
    expect(parseClip('Розмова\n\nМи поговорили з головою громади Іриною Ковальською у Житомирі.').people).toEqual(['Ірина Ковальська']);
  });
});

describe('Russian and Ukrainian organisations', () => {
  it('names a body whose head noun stands in another case, and leaves the person after a body out of its name', () => {
    const draft = parseClip(
      'Стройка\n\nКомпания получила деньги от Министерства строительства и жилищного хозяйства Вельской области. Северная районная больница Варвара Петрова рассказала о планах.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Министерство строительства и жилищного хозяйства Вельской области', 'Северная районная больница']),
    );
    expect(draft.organizations.some((o) => o.includes('Варвара'))).toBe(false);
  });

  it('reads no adjective into a noun in -а before a masculine head noun', () => {
    const draft = parseClip('Квартиры\n\nГлава района Семён Лаптев пообещал выделить служебные квартиры к осени.');
    expect(draft.places).toEqual([]);
    expect(draft.people).toEqual(['Семён Лаптев']);
  });

  it('ends a body’s name before a preposition or a conjunction, and reads no role as its adjective', () => {
    const draft = parseClip(
      'Звіт\n\nВельський цукровий комбінат за підсумками року отримав прибуток. Кошти виділила Європейська організація охорони довкілля та місцевий фонд. Голова обласної ради Петро Гнатюк подякував. Головне управління Національної поліції повідомило про затримання.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Вельський цукровий комбінат',
        'Європейська організація охорони довкілля',
        'Головне управління Національної поліції',
      ]),
    );
    expect(draft.organizations.filter((o) => / (?:за|та)$|Голова/u.test(o))).toEqual([]);
  });

  it('reads associations, works and soft Ukrainian adjectives, in the nominative', () => {
    const draft = parseClip(
      'Кошти\n\nЄвропейська організація охорони довкілля виділила кошти. Вельський цукровий комбінат отримав прибуток. За оцінкою Вельської аграрної асоціації, врожай зменшився.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Європейська організація охорони довкілля', 'Вельський цукровий комбінат', 'Вельська аграрна асоціація']),
    );
  });
});

describe('Chinese regions', () => {
  it('reads river deltas and regions named by provinces’ short names', () => {
    const draft = parseClip('区域合作\n\n推动长三角一体化发展，珠三角和京津冀地区也在加快建设。粤港澳大湾区的企业表示欢迎。');
    expect(draft.places).toEqual(expect.arrayContaining(['长三角', '珠三角', '京津冀', '粤港澳大湾区']));
    expect(parseClip('工程\n\n工人画了一个三角形。').places).toEqual([]);
  });
});

describe('demonyms', () => {
  it('are neither people nor places nor speakers', () => {
    expect(isDemonym('Americans', 'en')).toBe(true);
    expect(isDemonym('Américaines', 'fr')).toBe(true);
    expect(isDemonym('Deutschen', 'de')).toBe(true);
    expect(isDemonym('Nordsee', 'de')).toBe(false);
    expect(isDemonym('Italiener', 'de')).toBe(true);
    expect(isDemonym('Chinesen', 'de')).toBe(true);
    // a long compound shares only its first letters with a country
    expect(isDemonym('Schwanenstraße', 'de')).toBe(false);
    expect(isDemonym('Spanferkelbude', 'de')).toBe(false);
    expect(isDemonym('美国人', 'zh')).toBe(true);
    expect(isDemonym('France', 'fr')).toBe(false);
    const fr = parseClip('Retour des touristes\n\n« Nous aimons les plages », ont expliqué les Américains interrogés à Nice.');
    expect(fr.quotes[0]!.speaker).toBeNull();
    expect(fr.people).toEqual([]);
    const en = parseClip('Visitors\n\n"We love the beaches," Americans told the survey. The Chinese came in May.');
    expect(en.people).toEqual([]);
    expect(en.places).toEqual([]);
  });
});

describe('a German single-word street', () => {
  it('is a place, though its first letters are a country’s', () => {
    const de = parseClip('Sperrung in Lorbach\n\nDie Arbeiten an der Schwanenstraße dauern bis zum Herbst, teilte die Stadt Lorbach mit.');
    expect(de.places).toContain('Schwanenstraße');
  });
});

describe('a person addressed by given name and patronymic', () => {
  it('is the person named in full before, not another', () => {
    const draft = parseClip(
      'Завод возобновил работу\n\nДиректор завода Вадим Сидоров сообщил, что цех заработает в мае.\n\nПо словам Вадима Петровича, рабочие уже вернулись. Вадим Петрович также поблагодарил рабочих.',
    );
    expect(draft.people).toEqual(['Вадим Сидоров']);
  });

  it('stays a person of their own when no one with that given name was named in full', () => {
    const draft = parseClip('Завод возобновил работу\n\nВадим Петрович сообщил, что цех заработает в мае, а рабочие уже вернулись.');
    expect(draft.people).toEqual(['Вадим Петрович']);
  });
});

describe('a Cyrillic body named by its head noun and what it belongs to', () => {
  it('is a body, not a person, though a speech verb stands beside it', () => {
    const ru = parseClip('Новый мост\n\nВ городе начали ремонт дорог, сообщила Гордума Новосибирска в понедельник.');
    expect(ru.organizations).toContain('Гордума Новосибирска');
    expect(ru.people).toEqual([]);
    const uk = parseClip('Нові правила\n\nПро нові правила для перевізників повідомив Уряд України у вівторок.');
    expect(uk.organizations).toContain('Уряд України');
    expect(uk.people).toEqual([]);
  });
});

describe('a genitive complement after a place’s kind', () => {
  it('keeps -ки, -ги and -хи as written, where no nominative ends in a soft sign', () => {
    const draft = parseClip(
      'Ремонт доріг\n\nУ понеділок рух на Набережній Перемоги закрили, повідомили у міській раді. Ремонт триватиме тиждень.',
    );
    expect(draft.places.some((p) => /[кгх]ь/u.test(p))).toBe(false);
    expect(draft.places.join(' ')).toContain('Перемоги');
  });
});
