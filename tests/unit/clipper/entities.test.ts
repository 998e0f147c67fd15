import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('people, places and organisations', () => {
  it('keeps one entry per person under the full name, and no adjectives as places', () => {
    const draft = parseClip(
      'Portuguese Environment Minister Rita Campos visited a school in Lisbon on Monday.\n\nCampos said the Tagus Estuary plan would protect birds. Portuguese officials and the European Environment Agency backed it.',
    );
    expect(draft.people).toEqual(['Rita Campos']);
    expect(draft.places).toEqual(expect.arrayContaining(['Lisbon', 'Tagus Estuary']));
    expect(draft.places).not.toContain('Portuguese');
    expect(draft.organizations).toContain('European Environment Agency');
  });

  it('reads a person from an apposition whose head noun is a role, though an organisation comes first', () => {
    const draft = parseClip(
      'Talks stalled on Friday.\n\n"We are close," said Tomas Rell, a Danish foreign ministry spokesman. The United Nations and the World Food Programme offered to help.',
    );
    expect(draft.people).toContain('Tomas Rell');
    expect(draft.organizations).not.toContain('Tomas Rell');
    expect(draft.organizations).toEqual(expect.arrayContaining(['United Nations', 'World Food Programme']));
  });

  it('reads a full name after a job written in lower case as a person, though nothing else marks it', () => {
    const draft = parseClip(
      'Le conseil vote la digue\n\nLe conseil municipal a voté mardi soir la construction d’une digue le long de la rivière.\n\nLe maire Jean Roux a salué le vote.',
    );
    expect(draft.people).toEqual(['Jean Roux']);
  });

  it('reads a sports report: players and bosses by their role, clubs by their last word, and her words as hers', () => {
    const draft = parseClip(
      'Ashby Athletic drew 1-1 on Saturday after substitute Marcus Ollerton equalised late on.\n\n"We showed real character," Ashby manager Keith Dunmore said.\n\nVisiting boss Rachel Tamworth was less pleased. "We should have won it," she said.\n\nAshby travel to Brindle Rovers next week.',
    );
    expect(draft.people).toEqual(['Marcus Ollerton', 'Keith Dunmore', 'Rachel Tamworth']);
    expect(draft.organizations).toEqual(['Ashby Athletic', 'Brindle Rovers']);
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Keith Dunmore', 'Rachel Tamworth']);
  });

  it('reads the holder after a title of a body, and bodies named across `and` or `for the`', () => {
    const draft = parseClip(
      'Mill sold\n\nChief Executive Officer of Dunmere Textiles Group Oliver Pask said the mill would stay open.\n\nThe Fire and Rescue Executive and the Society for the Care of Old Mills both welcomed the sale, as did Anna Berg and Tom Fry.',
    );
    expect(draft.people).toEqual(['Oliver Pask', 'Anna Berg', 'Tom Fry']);
    expect(draft.organizations).toEqual(['Dunmere Textiles Group', 'Fire and Rescue Executive', 'Society for the Care of Old Mills']);
  });

  it('reads the names heading the lines of an interview as people, and a plural’s player as a person', () => {
    const draft = parseClip(
      'Two founders\n\nWe met Ruth Calloway and Idris Penn in Leeds.\n\nQ: Why now?\nRuth Calloway: Because nobody else would.\n\nQ: And the money?\nIdris Penn: We borrowed it.\n\nThe Harriers’ Sam Okoro watched, with the Farmers’ Union.',
    );
    expect(draft.people).toEqual(['Ruth Calloway', 'Idris Penn', 'Sam Okoro']);
    expect(draft.places).toEqual(['Leeds']);
    expect(draft.organizations).toContain('Farmers’ Union');
    const irregular = parseClip('Catch limits\n\nThe Northern Workmen’s Federation said the limits were too strict.');
    expect(irregular.organizations).toEqual(['Northern Workmen’s Federation']);
    expect(parseClip('Mine inquiry\n\nThe family of Owen Pell, the young man who died in the fall, attended the hearing.').people).toEqual([
      'Owen Pell',
    ]);
  });

  it('reads an English county by its -shire and a guard as a body', () => {
    const draft = parseClip(
      'Floods\n\nThe river burst its banks near Eddleton, Wexshire, on Friday, and the Wexshire National Guard was called in.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Eddleton', 'Wexshire']));
    expect(draft.organizations).toEqual(['Wexshire National Guard']);
    expect(parseClip('Floods\n\nAn emergency was declared for the Fenby and Ardley counties on Tuesday.').places).toContain('Ardley');
  });

  it('reads a firm named by its trade as an organisation, and a portfolio before a title as no firm', () => {
    const firm = parseClip('Example Water today announced a new treatment plant for the valley, its first in a decade.');
    expect(firm.organizations).toEqual(['Example Water']);
    expect(firm.people).toEqual([]);
    const minister = parseClip('Water Resources Minister Jane Roe opened the plant on Monday.');
    expect(minister.people).toEqual(['Jane Roe']);
  });

  it('keeps an initialism’s stop inside the name it opens, and writes it in capitals', () => {
    const draft = parseClip(
      'Plea entered\n\nThe harbour official admitted the charge in U.S. District Court in Harwick on Tuesday. His family later moved to the U.S. The case drew wide notice.',
    );
    expect(draft.organizations).toContain('U.S. District Court');
    expect(draft.organizations).not.toContain('District Court');
    expect(draft.places).not.toContain('U.s');
  });

  it('reads a full name followed by an age as a person', () => {
    const draft = parseClip('Plea entered\n\nMorgan Treddle, 58, of Harwick, admitted the charge on Tuesday.');
    expect(draft.people).toEqual(['Morgan Treddle']);
  });

  it('reads no place into “according to the …”', () => {
    const draft = parseClip(
      'According to the Campaign for Rural Lines, a quarter of routes have gone. Buses to the Vale of Brenn stopped in May.',
    );
    expect(draft.places).not.toContain('Campaign for Rural Lines');
    expect(draft.places).toContain('Vale of Brenn');
  });

  it('takes the MV or HMS before a ship’s name for no organisation', () => {
    const draft = parseClip('Repairs to the MV Northern Tern will take three weeks, the operator said. HMS Valour escorted the convoy.');
    expect(draft.organizations).not.toContain('MV');
    expect(draft.organizations).not.toContain('HMS');
  });

  it('keeps the fullest form of a place and leaves the outlet’s dateline marker out', () => {
    const draft = parseClip(
      'HALDEN, Norway (AP) — Ferries to the Isle of Skye resumed on Tuesday. Residents of Skye had waited a week, the operator North Sea Ferries said.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Halden', 'Norway', 'Isle of Skye']));
    expect(draft.places).not.toContain('Skye');
    expect(draft.organizations).not.toContain('AP');
  });

  it('reads the person “in the words of” a role in Russian and Ukrainian, and names them in the nominative', () => {
    const uk = parseClip(
      'Рада ухвалила дамбу\n\nМіська рада у вівторок ухвалила рішення про будівництво дамби вздовж річки.\n\nЗа словами директорки центру Ірини Мельник, роботи почнуться навесні. За словами мера міста Олега Кравця, дамба прийшла надто пізно.',
    );
    expect(uk.people).toEqual(expect.arrayContaining(['Ірина Мельник', 'Олег Кравець']));
    expect(parseClip('За словами мера Віталія Гринька, місто закупить ще сорок тролейбусів.').people).toEqual(['Віталій Гринько']);
    const ru = parseClip(
      'Совет одобрил дамбу\n\nГородской совет во вторник одобрил строительство дамбы вдоль реки.\n\nПо словам директора центра Игоря Сокольского, работы начнутся весной. По словам министра Олега Петрова, деньги уже выделены.',
    );
    expect(ru.people).toEqual(['Игорь Сокольский', 'Олег Петров']);
  });

  it('leaves a woman’s surname that ends like a man’s genitive as it is written', () => {
    const draft = parseClip(
      'Совет одобрил дамбу\n\nГородской совет во вторник одобрил строительство дамбы вдоль реки.\n\nЕлена Иванова, директор центра, сказала, что работы начнутся весной.',
    );
    expect(draft.people).toEqual(['Елена Иванова']);
  });

  it('splits Chinese divisions written one inside the next, and reads “the whole county” as no place', () => {
    const draft = parseClip('高原调查\n\n团队在云岭省苍山彝族自治州漾川县开展了野外调查。全县共有四百多户牧民参与。');
    expect(draft.places).toEqual(expect.arrayContaining(['云岭省', '苍山彝族自治州', '漾川县']));
    expect(draft.places).not.toContain('全县');
    expect(parseClip('停水通知\n\n西城区桂香社区明天上午停水。').places).toEqual(expect.arrayContaining(['西城区', '桂香社区']));
    // A county then a compound of the same level is no chain: `县` … `召开安置小区`.
    expect(parseClip('安置工作\n\n5月8日，漾川县召开安置小区建设推进会。').places).not.toContain('召开安置小区');
  });

  it('reads German towns the gazetteer does not know by their endings, and a spa town by its Bad', () => {
    const draft = parseClip(
      'Neue Stelle\n\nDer Mann aus Bad Ellring arbeitete in Kleinstetten und Morweiler. Eine Scheune in Tannhofen brannte ab.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Bad Ellring', 'Kleinstetten', 'Morweiler', 'Tannhofen']));
  });

  it('gives Russian places and organisations in the nominative', () => {
    const draft = parseClip(
      'Тверской краеведческий музей в пятницу открыл выставку в Великом Устюге. Директор музея рассказал о планах министру культуры Тверской области.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Великий Устюг', 'Тверская область']));
    expect(draft.organizations).toContain('Тверской краеведческий музей');
  });

  it('finds Chinese organisations and places by their suffixes', () => {
    const draft = parseClip('记者从青州市水利局获悉，位于临河区的老桥将于下月重新开放，北方大学的专家参与了检测。');
    expect(draft.organizations).toEqual(expect.arrayContaining(['青州市水利局', '北方大学']));
    expect(draft.places).toContain('临河区');
  });

  it('reads a long Chinese institute’s name whole, a partner after 联合 alone, and no counted bodies', () => {
    const draft = parseClip(
      '研究成果\n\n记者从中华科学院东南海洋生态研究所获悉，该所研究团队联合澜州大学完成了调查。银行、电信等部门不会要求转账，嫌疑人曾在外地开设多个银行账户。',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['中华科学院东南海洋生态研究所', '澜州大学']));
    expect(draft.organizations).not.toContain('电信等部门');
    expect(draft.organizations.some((o) => o.includes('多个'))).toBe(false);
  });

  it('reads a Chinese city before its mayor’s title, a school by its suffix, and no time word or campus', () => {
    const draft = parseClip('专访｜澜江市市长周立新：老街要慢慢改\n\n周立新：先改管网，再建学校。明年澜江第二中学的新校区就会启用。');
    expect(draft.places).toEqual(['澜江市']);
    expect(draft.organizations).toEqual(['澜江第二中学']);
  });

  it('cuts a verb of travel off the Chinese place after it', () => {
    const draft = parseClip('新开通的公交线路途经临河区，终点抵达青州港，全程约四十分钟。');
    expect(draft.places).toEqual(expect.arrayContaining(['临河区', '青州港']));
    expect(draft.places).not.toContain('途经临河区');
    expect(draft.places).not.toContain('抵达青州港');
  });

  it('gives a Russian city whose name ends in a soft sign with it, and a German role compound without it', () => {
    expect(parseClip('Депутаты в Твери в понедельник утвердили новый маршрут до Перми.').places).toEqual(
      expect.arrayContaining(['Тверь', 'Пермь']),
    );
    const de = parseClip(
      'Stadtrat beschließt Buslinie\n\nDer Stadtrat hat am Montag eine neue Buslinie beschlossen.\n\n„Die Linie verbindet die Neubaugebiete mit dem Zentrum“, sagte Verkehrsdezernentin Karin Holm.',
    );
    expect(de.people).toEqual(['Karin Holm']);
    expect(de.organizations).not.toContain('Zentrum');
    expect(
      parseClip('Neue Straßenbahnen für Leipzig\n\nDie Leipziger Verkehrsbetriebe haben zehn neue Straßenbahnen in Betrieb genommen.')
        .organizations,
    ).not.toContain('Straßenbahnen für Leipzig');
  });

  it('takes a town before its lower-case council for the place, not an organisation', () => {
    const draft = parseClip(
      'Bus lane row\n\nWhen Halbridge council painted its first bus lane last spring, shopkeepers complained. Leeds city council did the same in May.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Halbridge', 'Leeds']));
    expect(draft.organizations).toEqual([]);
  });

  it('reads a German public company named by a town’s adjective and its works', () => {
    expect(
      parseClip('Neue Bahnen\n\nDie Leipziger Verkehrsbetriebe haben zehn neue Straßenbahnen in Betrieb genommen.').organizations,
    ).toEqual(['Leipziger Verkehrsbetriebe']);
    expect(parseClip('Preise steigen\n\nDie Münchner Stadtwerke erhöhen die Preise, teilte ein Sprecher mit.').organizations).toEqual([
      'Münchner Stadtwerke',
    ]);
  });

  it('takes a name set off after a body’s noun for the body, unless the body is someone’s', () => {
    const organizations = (text: string) => parseClip(`Bus lane row\n\n${text}`).organizations;
    expect(organizations('The lane may go, under pressure from a vocal campaign group, Keep Halbridge Moving.')).toEqual([
      'Keep Halbridge Moving',
    ]);
    expect(organizations('The union, Unite, called a strike.')).toEqual(['Unite']);
    expect(organizations('The deal was signed by the head of the company, Anna Berg, on Monday.')).toEqual([]);
  });

  it('takes a German spokesman of a body for no organisation', () => {
    const draft = parseClip(
      'Zugverkehr eingestellt\n\nDie Deutsche Bahn hat den Verkehr eingestellt. „Die Strecke ist überflutet“, sagte ein Bahnsprecher.',
    );
    expect(draft.organizations).toEqual(['Deutsche Bahn']);
  });

  it('takes a German noun after its article for no place, though a town is spelt so', () => {
    const draft = parseClip(
      'Hafenstreik in Hamburg\n\nHAMBURG – Die Hafenarbeiter in Hamburg haben am Dienstag die Arbeit niedergelegt. „Jetzt ist die Geduld am Ende“, sagte Karin Busch vor dem Terminal.',
    );
    expect(draft.places).toEqual(['Hamburg']);
  });

  it('takes a Chinese word for a route or a circuit for no place, though it ends like a road', () => {
    const draft = parseClip('青州地铁集团副总经理李建国表示：“新线路将大大缩短市民通勤时间。”位于临河区的车站同日启用。');
    expect(draft.places).not.toContain('新线路');
    expect(parseClip('青州市交通运输局周一宣布，新公交线路将于五月开通。').places).not.toContain('新公交线路');
    expect(draft.places).toContain('临河区');
  });

  it('reads German place names by their endings and organisations in the nominative', () => {
    const draft = parseClip(
      'Die Marienbrücke im Fichtelgebirge bleibt gesperrt, sagte ein Sprecher der Bayerischen Staatsoper der Nachrichtenagentur. In Österreich ist die Lage ruhig.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Marienbrücke', 'Fichtelgebirge', 'Österreich']));
  });
});

describe('given names', () => {
  it('make a full name a person’s when nothing else in the text says what it is', () => {
    const de = parseClip('Kritik\n\nHenrike Feld spielt die Großmutter mit trockener Strenge, und Mikkel Aalund gibt den Enkel.');
    expect(de.people).toEqual(['Henrike Feld', 'Mikkel Aalund']);
    const uk = parseClip('Вистава\n\nУ головній ролі Тарас Климчук, його партнерка на сцені Ірина Довгань.');
    expect(uk.people).toEqual(['Тарас Климчук', 'Ірина Довгань']);
  });

  it('make no person of a name and what it owns (German genitive)', () => {
    expect(parseClip('Kritik\n\nDas Haus, um das es in Marlene Oswalds Roman geht, ist nur eine Behauptung.').people).toEqual([]);
  });

  it('make no person of a named storm, a rank or a place', () => {
    const draft = parseClip(
      'Flood warning\n\nStorm Hollis brought floods on Tuesday. Royal Marines helped, and Victoria Station closed for the day.',
    );
    expect(draft.people).toEqual([]);
  });
});

describe('events named after their place', () => {
  it('lists an event as neither a place nor a body, and keeps its town', () => {
    const draft = parseClip(
      'Bins protest\n\nCampaigners will hold a second demonstration at the Harbury Rose Fair later this month, and again at the Lorn Folk Festival in Harbury.',
    );
    expect(draft.places).not.toContain('Harbury Rose Fair');
    expect(draft.organizations).not.toContain('Lorn Folk Festival');
    expect(draft.places).not.toContain('Lorn Folk Festival');
    expect(draft.places).toContain('Harbury');
  });
});

describe('clubs named by a club word before their town', () => {
  it('reads an Olympique, a Racing or a Sporting club as a body', () => {
    const draft = parseClip(
      "Le club signe\n\nL'Olympique de Lornac et le Racing Club de Pornelec ont signé un accord avec le Sporting Tarnville pour la saison prochaine.",
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Olympique de Lornac', 'Racing Club de Pornelec', 'Sporting Tarnville']));
  });
});

describe('bodies named by management or defence', () => {
  it('reads an emergency management office and a civil defence body as organisations, not places', () => {
    const draft = parseClip(
      'Storm hits the coast\n\nHalbridge Emergency Management said roads were closed. Civil Defence urged people to stay home.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Halbridge Emergency Management', 'Civil Defence']));
    expect(draft.places).not.toContain('Halbridge Emergency Management');
  });
});

describe('names joined by a Portuguese particle', () => {
  it('keeps a place and a person whose names hold `do` or `dos` whole', () => {
    const draft = parseClip(
      'Ferry crews end strike\n\nLISBON, March 12 — Ferries between Cacilhas and Cais do Sodré run again, said Ana dos Reis Lobo, who chairs the crews’ union.',
    );
    expect(draft.places).toContain('Cais do Sodré');
    expect(draft.places).not.toContain('Cais');
    expect(draft.people).toContain('Ana dos Reis Lobo');
  });
});
