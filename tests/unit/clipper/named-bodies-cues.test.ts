import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a member of parliament named after the initials of the seat', () => {
  it('is a person, not a body', () => {
    const draft = parseClip(
      'Harbour plan\n\nLocal MP Wendy Harrowgate has written to the Brackenmoor Harbour Authority. Labour MP Idris Feltham agreed.',
    );
    expect(draft.people).toEqual(expect.arrayContaining(['Wendy Harrowgate', 'Idris Feltham']));
    expect(draft.organizations).toEqual(['Brackenmoor Harbour Authority']);
  });
});

describe('a French association whose name says where it acts', () => {
  it('keeps the words after `en` and `sur`', () => {
    const draft = parseClip(
      'Travaux au village\n\nL’association Vivre en Morlanche demande des passerelles. Le collectif Vélo sur Tarvesse a manifesté lundi à Brelonnes.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Vivre en Morlanche', 'Vélo sur Tarvesse']));
    expect(draft.organizations).not.toContain('Vivre');
  });
});

describe('a Russian or Ukrainian body named before a verb of speech', () => {
  it('ends before the verb', () => {
    const ru = parseClip('Ремонт дорог\n\nВ городе начали ремонт. Комитет по благоустройству мэрии Заречинска ответил.');
    expect(ru.organizations).toContain('Комитет по благоустройству мэрии Заречинска');
    expect(ru.organizations.some((o) => o.endsWith('ответил'))).toBe(false);
    const uk = parseClip(
      'Ремонт доріг\n\nУ місті почали ремонт. Департамент житлово-комунального господарства Лісогірської міської ради відповів.',
    );
    expect(uk.organizations).toContain('Департамент житлово-комунального господарства Лісогірської міської ради');
    expect(uk.organizations.some((o) => o.endsWith('відповів'))).toBe(false);
  });
});

describe('a Chinese firm named again by a short form', () => {
  it('is one firm, though the short form ends on its kind before the legal form', () => {
    const draft = parseClip(
      '水库工程开工\n\n工程由云澜青溪水利建设集团有限公司承建，总投资约12亿元。青溪水利集团副总经理陈立说，工程将在汛期前完成。',
    );
    expect(draft.organizations).toContain('云澜青溪水利建设集团有限公司');
    expect(draft.organizations).not.toContain('青溪水利集团');
  });

  it('reads a firm named by two characters and its trade, written twice', () => {
    const draft = parseClip(
      '储能企业年报\n\n同样位于澜州的澜远电气表现平稳，全年营收增长。澜远电气总经理陈立表示，公司不会盲目扩张。三家储能企业均未回应。',
    );
    expect(draft.organizations).toContain('澜远电气');
    expect(draft.organizations.some((o) => o.startsWith('三家'))).toBe(false);
  });
});

describe('Chinese roads in general', () => {
  it('are no place', () => {
    const draft = parseClip('水库工程开工\n\n当地村民表示，希望工程完工后能改善周边道路。澜州市政府表示将妥善安置居民。');
    expect(draft.places.some((p) => p.endsWith('道路'))).toBe(false);
  });
});

describe('a Russian hill, pond or lane named by an adjective', () => {
  it('is given in the nominative, a possessive adjective with its soft sign', () => {
    const draft = parseClip(
      'Ремонт сетей\n\nТрубы проходят под рекой у Лисьей горы. Возле Сокольей горы построят парк. В Тихом переулке и на Лебяжьем пруду прошли работы.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Лисья гора', 'Тихий переулок', 'Лебяжий пруд']));
  });
});

describe('a German river named like a small town', () => {
  it('is a place after a feminine article, which no town takes', () => {
    const draft = parseClip(
      'Brand in Lagerhalle\n\nDas Feuer brach in einer Halle an der Lindstraße aus, nur wenige hundert Meter von der Zschopau entfernt. Die Feuerwehr pumpte Wasser aus der Nagold.',
    );
    expect(draft.places).toContain('Zschopau');
  });
});

describe('English land named by its kind', () => {
  it('is a place, unless a given name opens it', () => {
    const draft = parseClip(
      'Ferry plans\n\nResidents of Gullcombe Point were told on Monday. A fire station on Harrowby Hill will close, said Councillor Jane Marsh, who represents Eastvale ward. Tom Wood said he agreed.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Gullcombe Point', 'Harrowby Hill', 'Eastvale']));
    expect(draft.places).not.toContain('Tom Wood');
    expect(draft.people).toEqual(expect.arrayContaining(['Jane Marsh', 'Tom Wood']));
  });
});

describe('a Russian or Ukrainian council named only in the genitive closing its department’s name', () => {
  it('is listed through the department, not on its own', () => {
    const uk = parseClip(
      'Ремонт укриття\n\nРоботи фінансувало Управління освіти Лісогірської міської ради, повідомила його начальниця Наталія Гребенюк.',
    );
    expect(uk.organizations).toContain('Управління освіти Лісогірської міської ради');
    expect(uk.organizations).not.toContain('Лісогірська міська рада');
  });

  it('stays where the text names the council again', () => {
    const uk = parseClip(
      'Ремонт укриття\n\nРоботи фінансувало Управління освіти Лісогірської міської ради. Рішення ухвалила Лісогірська міська рада на сесії.',
    );
    expect(uk.organizations).toEqual(expect.arrayContaining(['Управління освіти Лісогірської міської ради', 'Лісогірська міська рада']));
  });
});

describe('Chinese customs offices, islands and ports', () => {
  it('reads customs as a body, and an island or port after where something goes from or is', () => {
    const draft = parseClip(
      '港区新泊位投用\n\n届时集装箱卡车可直接从澜屿岛驶入港区，并在澜江港新建一座泵站。澜州海关表示，将缩短通关时间。',
    );
    expect(draft.organizations).toContain('澜州海关');
    expect(draft.places).toEqual(expect.arrayContaining(['澜屿岛', '澜江港']));
    expect(draft.places).not.toContain('在澜江港');
  });
});

describe('a Russian or Ukrainian town’s quarters and a ministry of two fields', () => {
  it('reads the quarters named after their kind', () => {
    const uk = parseClip(
      'Аварія на водогоні\n\nУ місті без води залишилися мікрорайони Ясеновий, Озерний та Гайок. Жителі мікрорайону Соснівка скаржаться.',
    );
    expect(uk.places).toEqual(expect.arrayContaining(['Ясеновий', 'Озерний', 'Гайок', 'Соснівка']));
  });

  it('joins a second field’s initials to the ministry when the region it serves follows', () => {
    const ru = parseClip(
      'Ремонт сетей\n\nВ Министерстве энергетики и ЖКХ Заречинской области пообещали проверить сети. Министерство обороны и ФСБ России провели учения.',
    );
    expect(ru.organizations).toContain('Министерство энергетики и ЖКХ Заречинской области');
    expect(ru.organizations).not.toContain('Министерство энергетики');
    expect(ru.organizations.some((o) => o.startsWith('ЖКХ'))).toBe(false);
    expect(ru.organizations).toContain('Министерство обороны');
  });
});

describe('the quarters of a town named in the genitive', () => {
  it('leave the town in its own nominative', () => {
    const ru = parseClip('Без воды\n\nЖители трёх микрорайонов Лесогорска второй день сидят без воды. В Лесогорске работают цистерны.');
    expect(ru.places).not.toContain('Лесогорска');
  });
});

describe('a German street named after a titled person', () => {
  it('is a place, with the title it is hyphened to', () => {
    const draft = parseClip(
      'Demonstration\n\nVor dem Krankenhaus an der Dr.-Lindner-Straße demonstrierten rund 200 Menschen. Am Anna-Wegener-Platz wird gebaut.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Dr.-Lindner-Straße', 'Anna-Wegener-Platz']));
  });
});

describe('an English name followed by what a body does', () => {
  it('is a body', () => {
    const draft = parseClip('Library cuts\n\nHarbison, which represents library staff, said 14 posts were at risk.');
    expect(draft.organizations).toContain('Harbison');
  });
});

describe('a hospital group seated in its district and a French conservatory', () => {
  it('are bodies', () => {
    const de = parseClip('Geburtenstation\n\nDas hat der Verwaltungsrat der Kliniken Sorltal-Morbach am Dienstag beschlossen.');
    expect(de.organizations).toContain('Kliniken Sorltal-Morbach');
    const fr = parseClip('La digue\n\nLe Conservatoire du littoral a demandé que les prés salés soient préservés.');
    expect(fr.organizations).toContain('Conservatoire du littoral');
  });
});
