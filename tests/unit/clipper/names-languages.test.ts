import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Chinese organisations and places', () => {
  it('keeps a name whole across a second suffix, a place inside it and `和`', () => {
    const draft = parseClip(
      '江门市交通和港口管理局局长周立文表示，项目由南方第二航务工程局有限公司承建，岭南大学海洋学院参与设计，湛江港务集团负责运营。',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['江门市交通和港口管理局', '南方第二航务工程局有限公司', '岭南大学海洋学院', '湛江港务集团']),
    );
    expect(draft.organizations).not.toContain('港口管理局');
    expect(draft.organizations).not.toContain('有限公司');
    expect(draft.organizations.some((o) => o.endsWith('局局'))).toBe(false);
  });

  it('reads a town with a stop character in its name, and districts, airports and rivers', () => {
    const draft = parseClip(
      '成都天府水务集团发布消息，家住简阳新城的居民将于下月用上新水厂的水。双流国际机场附近的管道也已完工，工人从岷江取水。',
    );
    expect(draft.organizations).toContain('成都天府水务集团');
    expect(draft.places).toEqual(expect.arrayContaining(['简阳新城', '双流国际机场', '岷江']));
    expect(draft.places).not.toContain('家住简阳新城');
  });

  it('gives a place named only inside an organisation no entry of its own, and a city with or without 市', () => {
    const draft = parseClip('宁德：渔港扩建\n\n宁德市海洋和渔业局介绍，新渔港明年投用。');
    expect(draft.organizations).toContain('宁德市海洋和渔业局');
    expect(draft.places).toContain('宁德');
    expect(draft.places).not.toContain('宁德市');
  });

  it('reads a province and the city after it as two places, the city by its bare name where the text writes it so, a securities firm as a body, and people who speak without quotation marks', () => {
    const draft = parseClip(
      '新厂投产\n\n工厂位于湖南省株洲市，今年投产。湖南省交通厅厅长谭国屏表示，株洲的项目进展顺利。华兴证券分析师董雨薇认为，订单将增长。有关方面表示支持。',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['湖南省', '株洲']));
    expect(draft.places).not.toContain('株洲市');
    expect(draft.places.some((p) => p.includes('省株'))).toBe(false);
    expect(draft.organizations).toEqual(expect.arrayContaining(['华兴证券']));
    expect(draft.people).toEqual(['谭国屏', '董雨薇']);
  });

  it('lists a body once when the text goes on to call it by its short form', () => {
    const draft = parseClip('新桥通车\n\n韦尔马港务局周二宣布新桥通车。港务局还将增加班次。');
    expect(draft.organizations).toEqual(['韦尔马港务局']);
  });

  it('takes no weekday before a speech verb for a person', () => {
    const draft = parseClip('新桥通车\n\n市交通局周二表示，新桥将于下月通车。局长谭国屏说：“我们做好了准备。”');
    expect(draft.people).toEqual(['谭国屏']);
  });

  it('reads no place inside a person’s name, no place from a verb before a city, and no bare city that is an everyday word', () => {
    const draft = parseClip('新项目启动\n\n州里8日启动项目，首批覆盖凯里市和雷山县。大学教授吴承德认为，项目要注意保护村落。');
    expect(draft.places).toEqual(['凯里市', '雷山县']);
    expect(draft.people).toEqual(['吴承德']);
  });

  it('reads the answering names of an interview as people, and a reporter credited without a colon', () => {
    const draft = parseClip(
      '专访｜市长谈老城改造\n\n2026年4月3日 08:15　来源：江南日报　记者 沈若溪\n\n记者：最大的难题是什么？\n\n罗海平：最大的难题是资金。我们已经签订了贷款协议。',
    );
    expect(draft.people).toEqual(['罗海平']);
    expect(draft.source).toBe('江南日报');
    expect(draft.byline).toEqual(['沈若溪']);
  });

  it('credits the reporter of a newspaper’s own story (本报讯)', () => {
    const draft = parseClip(
      '江边步道开放\n2026-05-02 08:00 来源：滨江晚报\n本报讯（记者 罗雨晴）5月1日，滨江步道正式开放，市民可沿江散步。',
    );
    expect(draft.byline).toEqual(['罗雨晴']);
  });

  it('credits a reporter and a correspondent by name only, and no photographer', () => {
    const draft = parseClip('江边步道开放\n\n本报讯（记者 罗雨晴 通讯员 韩志远 摄影 周宁）5月1日，滨江步道正式开放，市民可沿江散步。');
    expect(draft.byline).toEqual(['罗雨晴', '韩志远']);
  });
});

describe('job titles before names', () => {
  it('leaves an English or German job title out of the speaker and the people', () => {
    const en = parseClip(
      'The bridge reopened on Monday.\n\nEngineer Maya Lindqvist said the cables had held. "We checked every bolt," Lindqvist said.',
    );
    expect(en.people).toEqual(['Maya Lindqvist']);
    const de = parseClip(
      'Die Brücke ist wieder offen.\n\n„Wir haben jede Schraube geprüft“, sagte Geschäftsführerin Jana Weiland. Auch der Geologe Timo Hartung war vor Ort.',
    );
    expect(de.people).toEqual(expect.arrayContaining(['Jana Weiland', 'Timo Hartung']));
    expect(de.quotes[0]!.speaker).toBe('Jana Weiland');
  });
});

describe('German bodies named after their kind', () => {
  it('reads the name after a body-kind noun as the body, a role hyphened to a body as a role, and a short form as the full one', () => {
    const draft = parseClip(
      'Streik bei den Fähren\n\nEin Streik der Gewerkschaft Seefahrt Nord hat am Montag den Fährverkehr gestoppt. Auch die Nordische Reederei meldete Ausfälle; die Reederei erwartet Verspätungen.\n\n„Wir bleiben hart“, sagte Seefahrt-Nord-Sprecherin Imke Tessendorf in Emden.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Seefahrt Nord', 'Nordische Reederei']));
    expect(draft.organizations).not.toContain('Reederei');
    expect(draft.people).toEqual(['Imke Tessendorf']);
    expect(draft.quotes).toEqual([{ speaker: 'Imke Tessendorf', text: 'Wir bleiben hart' }]);
  });
});

describe('roles and courts before names', () => {
  it('leaves a capitalised role out of the name, in English and German, and reads a court by its seat as a body', () => {
    expect(parseClip('Storm due\n\nMeteorologist Ivo Brandt said rain would come. Forecaster Lea Moss agreed.').people).toEqual([
      'Ivo Brandt',
      'Lea Moss',
    ]);
    const de = parseClip(
      'Urteil erwartet\n\nOberstaatsanwältin Greta Vollrath sagte, die Tat sei geplant gewesen. Der Vorsitzende Richter Anton Weißgerber vertagte den Prozess vor dem Landgericht Kempten.',
    );
    expect(de.people).toEqual(['Greta Vollrath', 'Anton Weißgerber']);
    expect(de.organizations).toContain('Landgericht Kempten');
    expect(de.places).not.toContain('Landgericht Kempten');
  });

  it('reads a Russian or Ukrainian person after a lower-case role, but not after an adjective, and a body’s initials in its name', () => {
    const uk = parseClip('Матч\n\nГол забив нападник Тарас Опришко, а воротар Ілля Гречаний відбив пенальті.');
    expect(uk.people).toEqual(['Тарас Опришко', 'Ілля Гречаний']);
    const ru = parseClip('Свет\n\nПо данным Главного управления МЧС России по Тверской области, света нет.');
    expect(ru.people).toEqual([]);
    expect(ru.organizations).toContain('Главное управление МЧС России по Тверской области');
  });
});

describe('German states and places named after their kind', () => {
  it('reads a hyphenated state as a place, the name after Land or Gemeinde as the place, and an Anstalt as a body', () => {
    const draft = parseClip(
      'Geld für Wärme\n\nGefördert wird das Vorhaben von der Kreditanstalt für Wiederaufbau, vom Land Sachsen-Anhalt und der Gemeinde Ahlden. Auch Nordrhein-Westfalen hilft.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Sachsen-Anhalt', 'Ahlden', 'Nordrhein-Westfalen']));
    expect(draft.organizations).toEqual(['Kreditanstalt für Wiederaufbau']);
  });

  it('reads a town named by its river as one place, and a railway station as no body', () => {
    const draft = parseClip(
      'Verhandlung\n\nDie nächste Runde ist in Frankfurt am Main angesetzt. Sie trafen sich am Bahnhof und am Montag.',
    );
    expect(draft.places).toEqual(['Frankfurt am Main']);
    expect(draft.organizations).toEqual([]);
  });

  it('takes a noun and a name after an article for no person, and a kind of body after an article for no body', () => {
    const draft = parseClip(
      'Neue Kräne für den Hafen Velmar\n\nDie Hafenbehörde in Velmar teilte mit, die Kräne seien im Hafen Velmar eingetroffen. „Wir sind froh“, sagte Ilse Morven, die Direktorin der Behörde. Der Bürgermeister Jan Holt kam auch.',
    );
    expect(draft.people).toEqual(['Ilse Morven', 'Jan Holt']);
    expect(draft.organizations).toEqual([]);
  });
});

describe('German councils', () => {
  it('reads a council named by its town as a body, and a council member named so as a person', () => {
    const draft = parseClip(
      'Haushalt beschlossen\n\nDer Gemeinderat Kleinstetten hat am Dienstag den Haushalt beschlossen. Die Stadtwerke Morweiler liefern den Strom.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Gemeinderat Kleinstetten', 'Stadtwerke Morweiler']));
    expect(draft.places).not.toContain('Gemeinderat Kleinstetten');
    expect(parseClip('Streit\n\nStadtrat Jonas Wendt kritisierte den Plan scharf.').people).toEqual(['Jonas Wendt']);
  });
});

describe('press-release boilerplate', () => {
  it('drops the company’s own paragraph and the press contact', () => {
    const draft = parseClip(
      'Lumen Tiles opens a plant in Porto\n\nPORTO, Portugal, May 4, 2026 – Lumen Tiles opened a ceramic tile plant on Monday, adding 200 jobs.\n\n"This plant doubles what we can make," said chief executive Rui Moreira Santos.\n\nAbout Lumen Tiles\nLumen Tiles makes ceramic tiles for homes and offices. Founded in 1998, it employs 1,400 people in three countries.\n\nMedia contact:\nAna Lopes, press@lumen.example.com, +351 555 0101',
    );
    const body = draft.paragraphs.join('\n');
    expect(body).toContain('adding 200 jobs');
    expect(body).not.toContain('About Lumen Tiles');
    expect(body).not.toContain('Founded in 1998');
    expect(body).not.toContain('press@lumen.example.com');
  });

  it('drops a press contact given on the heading’s own line', () => {
    const draft = parseClip(
      'Fermeture de l’usine de Morlay\n\nLa compagnie a décidé de suspendre la production de l’usine de Morlay jusqu’à nouvel ordre.\n\nContact presse : Yann Le Du – 02 99 00 00 00 – presse@example.fr',
    );
    expect(draft.paragraphs).toHaveLength(1);
    expect(draft.cruft).toContain('Contact presse : Yann Le Du – 02 99 00 00 00 – presse@example.fr');
  });

  it('drops the company’s own closing paragraphs without their heading, on the company’s own page only', () => {
    const release = (footer: string, closing = ['']) =>
      parseClip(
        [
          'Lumen Tiles opens a plant in Porto',
          'PORTO, Portugal, May 4, 2026 – Lumen Tiles opened a ceramic tile plant on Monday, adding 200 jobs.',
          '"This plant doubles what we can make," said chief executive Rui Moreira Santos.',
          'Lumen Tiles is a maker of ceramic tiles for homes and offices, founded in 1998.',
          'Lumen Tiles is headquartered in Lisbon and employs 1,400 people in three countries.',
          ...closing,
          footer,
        ].join('\n\n'),
      );
    const own = release('© 2026 Lumen Tiles. All rights reserved.');
    expect(own.paragraphs.join('\n')).toContain('adding 200 jobs');
    expect(own.paragraphs.join('\n')).not.toContain('founded in 1998');
    expect(own.paragraphs.join('\n')).not.toContain('headquartered');
    const reported = release('© 2026 The Harbour Gazette. All rights reserved.');
    expect(reported.paragraphs.join('\n')).toContain('headquartered');
    const goesOn = release('© 2026 Lumen Tiles. All rights reserved.', ['The plant will open to visitors in June, the company said.']);
    expect(goesOn.paragraphs.join('\n')).toContain('founded in 1998');
  });
});

describe('French organisations, places and dates', () => {
  it('reads organisations whose head is a lower-case noun before a proper name', () => {
    const draft = parseClip(
      'Le ministère de la Culture numérique a débloqué des fonds. La préfecture du Cantal et la Banque populaire du Massif ont signé. Selon Anne Roux, présidente de la Chambre de commerce et d’industrie Cantal-Auvergne, « les commerces tiennent bon ».',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'ministère de la Culture numérique',
        'préfecture du Cantal',
        'Banque populaire du Massif',
        'Chambre de commerce et d’industrie Cantal-Auvergne',
      ]),
    );
  });

  it('reads a world body, a body with two fields joined by et, and a university named after someone', () => {
    const draft = parseClip(
      'Bruit et santé\n\nSelon l’Organisation mondiale de la météorologie, les étés s’allongent. L’Agence de la recherche et de la protection des forêts a publié un rapport avec l’université Jean-Moreau de Vernières.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Organisation mondiale de la météorologie',
        'Agence de la recherche et de la protection des forêts',
        'université Jean-Moreau',
      ]),
    );
  });

  it('reads a French body named by a capitalised head and lower-case words only', () => {
    const draft = parseClip(
      'Grève à la raffinerie\n\nPrès d’un tiers des stations-service étaient à court de carburant jeudi.\n\nSelon l’Union des industries pétrolières, la situation devrait revenir à la normale. La Confédération générale du travail appelle à la grève.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Union des industries pétrolières', 'Confédération générale du travail']));
    expect(parseClip('L’Agence française de développement financera le projet, a indiqué la mairie.').organizations).toEqual([
      'Agence française de développement',
    ]);
  });

  it('reads a French body whose head takes a nationality or two adjectives, and speaks as it', () => {
    const draft = parseClip(
      'Grève des dockers\n\nLes dockers du Grand Port maritime de Vaurenne ont cessé le travail mardi.\n\nLe ministère égyptien de l’Approvisionnement a indiqué disposer de blé pour cinq mois et « suivre la situation de près ».\n\nL’Union maritime et fluviale a jugé « inabordable » la hausse réclamée.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Grand Port maritime de Vaurenne',
        'ministère égyptien de l’Approvisionnement',
        'Union maritime et fluviale',
      ]),
    );
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['ministère égyptien de l’Approvisionnement', 'Union maritime et fluviale']);
    expect(draft.people).toEqual([]);
    expect(draft.places).not.toContain('Grand Port');
  });

  it('takes a building where something happens for a place, not an organisation', () => {
    const draft = parseClip('Une réunion est prévue vendredi à la préfecture des Hautes-Alpes, a indiqué Paul Mercier.');
    expect(draft.organizations).not.toContain('préfecture des Hautes-Alpes');
  });

  it('reads a lawyer after Me, the head of a body set off by commas, a firm after its kind and a place after canal de', () => {
    const draft = parseClip(
      'Verdict à Rochebrune\n\nLe directeur de la société, Paul-Henri Vasseur, et son avocat, Me Clément Rouvière, étaient présents. La coopérative Blésoise a racheté les quais du canal de Montéclair.',
    );
    expect(draft.people).toEqual(['Paul-Henri Vasseur', 'Clément Rouvière']);
    expect(draft.organizations).toContain('Blésoise');
    expect(draft.places).toContain('Montéclair');
  });

  it('reads a body named by its field and then its place, and a double-barrelled town after de or in', () => {
    const fr = parseClip(
      'Eau coupée\n\nLa Compagnie des eaux de Morlaix a fermé l’usine. L’Agence régionale de santé de Bretagne prévient les habitants de Plouigneau-Lanleya, et Jean-Luc a écrit à Marie-Laure.',
    );
    expect(fr.organizations).toEqual(expect.arrayContaining(['Compagnie des eaux de Morlaix', 'Agence régionale de santé de Bretagne']));
    expect(fr.places).toEqual(['Plouigneau-Lanleya']);
    const de = parseClip('Streik\n\nDie Fahrer streikten vor dem Betriebshof in Halle-Ammendorf.');
    expect(de.places).toEqual(['Halle-Ammendorf']);
  });

  it('reads hyphenated French town names as places', () => {
    const draft = parseClip('Les bus relieront Saint-Pierre-des-Champs à Villeneuve-sur-Lot dès lundi, a annoncé Marc Dupuis.');
    expect(draft.places).toEqual(expect.arrayContaining(['Saint-Pierre-des-Champs', 'Villeneuve-sur-Lot']));
  });

  it('reads a `Publié le … à 18h05` line as the article date, not its update', () => {
    const draft = parseClip(
      'Le tram reprend du service\nPublié le 7 avril 2026 à 18h05 · Mis à jour le 8 avril 2026 à 07h30\n\nLe tram circule de nouveau depuis lundi entre la gare et le port, après trois semaines de travaux.',
    );
    expect(draft.date).toBe('2026-04-07');
  });
});

describe('Russian and Ukrainian companies and people', () => {
  it('names a company by its quoted name, never by its legal form alone', () => {
    const ru = parseClip('Ремонт оплачивает ООО "Северный терминал", сообщила авиакомпания "Полярные линии".');
    expect(ru.organizations).toEqual(expect.arrayContaining(['Северный терминал', 'Полярные линии']));
    expect(ru.organizations).not.toContain('ООО');
    const uk = parseClip('Термінал збудувало ТОВ «Західна гавань» за пів року.');
    expect(uk.organizations).toContain('Західна гавань');
    expect(uk.organizations).not.toContain('ТОВ');
  });

  it('gives a woman named in the genitive in the nominative', () => {
    const ru = parseClip(
      'Рейсы не отменят. По словам представителя перевозчика Марины Соколовой, расписание сохранится. "Пассажиры ничего не заметят", - отметила она.',
    );
    expect(ru.people).toContain('Марина Соколова');
    expect(ru.people).not.toContain('Марины Соколовой');
    const uk = parseClip('За словами директорки Ірини Бойко, роботи завершать у травні. «Ми встигнемо до літа», – зазначила Бойко.');
    expect(uk.people).toContain('Ірина Бойко');
  });

  it('gives a man named in the genitive in the nominative, a first name in -ея included', () => {
    const ru = parseClip('Мост открыт\n\nПо словам губернатора области Андрея Травникова, строительство обошлось дорого.');
    expect(ru.people).toEqual(['Андрей Травников']);
  });

  it('reads a ministry written in lower case and a one-word body in the genitive, in the nominative', () => {
    const ru = parseClip(
      'Завод расширят\n\nОб этом заявили в министерстве экономики Тверской области. В министерстве финансов от комментариев отказались. Кредит выдаст правление Промстройбанка.',
    );
    expect(ru.organizations).toEqual(
      expect.arrayContaining(['министерство экономики Тверской области', 'министерство финансов', 'Промстройбанк']),
    );
    expect(ru.organizations).not.toContain('Промстройбанка');
  });

  it('reads a compound body’s name in quotation marks, declined with the sentence or not, in the nominative', () => {
    const uk = parseClip(
      'Автобуси стоять\n\nПрацівники «Гірпастрансу» вийшли на страйк у понеділок. Водії компанії «Гірпастрансу» чекають на зарплату.',
    );
    expect(uk.organizations).toEqual(['Гірпастранс']);
    const ru = parseClip('Цены растут\n\nАкции «Северолеспрома» упали, а «Южсталь» объявила о выплатах. Он ответил: «Никогда».');
    expect(ru.organizations).toEqual(['Северолеспром', 'Южсталь']);
  });

  it('keeps the soft sign of a town the text writes with one, where the gazetteer also spells it without', () => {
    const uk = parseClip('Рейси відновлять\n\nЛітак, що летів у Тюмень, сів у вівторок. Після посадки в Тюмені пасажири чекали автобус.');
    expect(uk.places).toEqual(['Тюмень']);
  });

  it('gives a region in -щина, a neuter in -ье and a Ukrainian region’s adjective in the nominative', () => {
    const uk = parseClip('Ліс горить\n\nПожежа сталася на Волинщині. Рятувальники працюють у Волинській області.');
    expect(uk.places).toEqual(expect.arrayContaining(['Волинщина', 'Волинська область']));
    const ru = parseClip('Вода прибывает\n\nУровень воды растет в Забайкалье и на Смоленщине.');
    expect(ru.places).toEqual(expect.arrayContaining(['Забайкалье', 'Смоленщина']));
  });

  it('reads a place noun only in its own cases, not in a word that starts with the same letters', () => {
    const ru = parseClip(
      'Новые краны для порта\n\nНовые краны заработают весной, сообщили в порту. Красный кран привезли из Алтайского края.',
    );
    expect(ru.places).toEqual(['Алтайский край']);
  });

  it('reads a person after a role and what it is of, and a body in quotation marks after its kind', () => {
    const ru = parseClip('Мост откроют летом\n\nГубернатор края Павел Рыбаков в среду осмотрел стройку.');
    expect(ru.people).toEqual(['Павел Рыбаков']);
    const uk = parseClip(
      'Ліс садять знову\n\nВолонтери громадської організації «Чиста Ворскла» висадили сосни.\n\nЗа словами голови Охтирської міської ради Галини Лисенко, громада дала гроші. «Це найкраще вкладення», — сказала вона.',
    );
    expect(uk.organizations).toContain('Чиста Ворскла');
    const opening = parseClip('Суд\n\nКомпания «Уралмет», которая подала иск, назвала решение «справедливым».');
    expect(opening.organizations).toEqual(['Уралмет']);
    expect(opening.quotes).toEqual([{ speaker: 'Уралмет', text: 'справедливым' }]);
    expect(uk.people).toEqual(['Галина Лисенко']);
    expect(uk.quotes).toEqual([{ speaker: 'Галина Лисенко', text: 'Це найкраще вкладення' }]);
  });
});
