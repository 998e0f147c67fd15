import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

// Short articles written for these tests, with invented bodies and places of each shape the clipper meets:
// ministries, councils, courts, firms with legal forms, universities, hospitals, associations, defined initials,
// streets, squares, stations, airports, rivers and regions, declined in Russian, Ukrainian and German.

describe('organisations and places named across languages', () => {
  it("English: defines an acronym once, keeps a saint's possessive in a hospital's name and reads a demonym as nothing", () => {
    const draft = parseClip(
      "Flood barrier contract awarded after delays\n\nThe Department for Coastal Resilience (DCR) awarded the contract to Halvercot Engineering Ltd on Tuesday. The DCR said work on the barrier along the River Wendle would begin in spring.\n\nEngineers from Brackmoor University tested the design at a site near Selbridge Station. Patients at St Ivel's Hospital on Coppergate Road were moved last winter when the river burst its banks.\n\nBolivian contractors had also bid. Passengers flying from Tarnley Airport will see the works from the air. Halvercot said it would hire 200 people in Eastmoor.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Department for Coastal Resilience',
        'Halvercot Engineering Ltd',
        'Brackmoor University',
        "St Ivel's Hospital",
      ]),
    );
    expect(draft.places).toEqual(
      expect.arrayContaining(['River Wendle', 'Selbridge Station', 'Coppergate Road', 'Tarnley Airport', 'Eastmoor']),
    );
    expect(draft.organizations).not.toContain('DCR');
    expect(draft.places).not.toContain('Bolivian');
    expect(draft.places).not.toContain('St Ivel');
  });

  it("English: keeps a public company's lower-case plc and leaves a valley named only inside a group's name out of the places", () => {
    const draft = parseClip(
      'Court halts quarry plan\n\nThe High Court in Dunmere ruled on Friday that the Lowfield Regional Council had failed to consult residents before approving a quarry near Ashby Crossing.\n\nThe ruling was welcomed by Friends of the Marran Valley, a campaign group, and by the Coalition for Clean Rivers (CCR). "We were ignored for two years," said Helen Stroud of the CCR.\n\nThe quarry operator, Greyston Aggregates plc, said it would appeal. Its offices on Kingsway Square were closed on Friday. The Environment Protection Agency said it had not been asked for an assessment.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Lowfield Regional Council',
        'Friends of the Marran Valley',
        'Coalition for Clean Rivers',
        'Greyston Aggregates plc',
        'Environment Protection Agency',
      ]),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Dunmere', 'Ashby Crossing', 'Kingsway Square']));
    expect(draft.organizations).not.toContain('CCR');
    expect(draft.organizations).not.toContain('Greyston Aggregates');
    expect(draft.places).not.toContain('Marran Valley');
    expect(draft.places).not.toContain('Helen Stroud');
  });

  it('Russian: turns bodies, a river after `реку` and a town after its residents back to the nominative', () => {
    const draft = parseClip(
      'В Заречной области построят новый мост\n\nМинистерство транспорта Заречной области заключило контракт с ООО «Северный мостостроительный трест». Мост через реку Сенгу соединит Ольховск и Кремницу.\n\nПроект подготовили специалисты Ольховского государственного университета. По словам губернатора Игоря Ветрова, строительство начнется весной на улице Речной.\n\nВ Ольховской областной больнице рассказали, что дорога сократит время доставки пациентов. Жители Кремницы ждали мост двадцать лет.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Министерство транспорта Заречной области',
        'Ольховский государственный университет',
        'Ольховская областная больница',
      ]),
    );
    expect(draft.organizations.some((o) => o.endsWith('Северный мостостроительный трест'))).toBe(true);
    expect(draft.places).toEqual(expect.arrayContaining(['Заречная область', 'Сенга', 'улица Речная', 'Кремница']));
    expect(draft.places).not.toContain('Сенгу');
    expect(draft.places).not.toContain('Кремницы');
    expect(draft.places).not.toContain('Игорь Ветров');
    expect(draft.places).not.toContain('Ветров');
  });

  it('Russian: reads a body’s field up to its short form in brackets, and the short form as the same body', () => {
    const draft = parseClip(
      'Суд приостановил работу завода\n\nАрбитражный суд Северогорского края приостановил работу завода АО «Листвянский химический комбинат». Иск подала Федеральная служба по надзору в сфере природопользования (Росприроднадзор).\n\nПредставители Росприроднадзора сообщили, что проверка выявила превышение выбросов в Листвянске. Общественная организация «Чистый Листвянск» провела митинг на площади Победы.\n\nРаботу станции Листвянск-Товарная это решение не затронет, заявили в компании. Жители Северогорского края получат компенсацию.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Арбитражный суд Северогорского края',
        'Федеральная служба по надзору в сфере природопользования',
        'Чистый Листвянск',
      ]),
    );
    expect(draft.organizations.some((o) => o.endsWith('Листвянский химический комбинат'))).toBe(true);
    expect(draft.places).toEqual(expect.arrayContaining(['Северогорский край', 'площадь Победы', 'Листвянск']));
    expect(draft.organizations).not.toContain('Росприроднадзор');
    expect(draft.organizations).not.toContain('Федеральная служба по надзору');
    expect(draft.organizations).not.toContain('АО');
  });

  it('Ukrainian: finds a town after a capital `У` and after its residents, and ends a body’s name before a participle', () => {
    const draft = parseClip(
      "У Вербівці відкрили нову лікарню\n\nМіністерство охорони здоров'я України передало обладнання Вербівській міській лікарні. Ремонт фінансувала компанія ТОВ «Лісова енергія».\n\nЛікарня розташована на вулиці Садовій, неподалік від залізничного вокзалу. Лікарі з Харківського національного медичного університету провели навчання для персоналу.\n\nМешканці Вербівки та навколишніх сіл Полтавської області тепер не їздитимуть до обласного центру. Річка Ворскла протікає поруч.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        "Міністерство охорони здоров'я України",
        'Вербівська міська лікарня',
        'Харківський національний медичний університет',
      ]),
    );
    expect(draft.organizations.some((o) => o.endsWith('Лісова енергія'))).toBe(true);
    expect(draft.places).toEqual(expect.arrayContaining(['Вербівка', 'вулиця Садова', 'Полтавська область', 'Ворскла']));
    expect(draft.organizations).not.toContain('Лікарня розташована');
    expect(draft.organizations).not.toContain('ТОВ');
    expect(draft.places).not.toContain('Україна');
    expect(draft.places).not.toContain('Харків');
  });

  it('Ukrainian: reads a kind in common words before a quoted name as no body, and initials defined in brackets as the body', () => {
    const draft = parseClip(
      'Громадська організація подала позов проти забудовника\n\nГромадська організація «Зелений Дніпро» подала позов до Окружного адміністративного суду міста Києва. Позов стосується будівництва на Трухановому острові.\n\nНаціональне агентство з питань запобігання корупції (НАЗК) перевірить декларації посадовців Київської міської ради. У НАЗК повідомили, що перевірка триватиме місяць.\n\nЗабудовник, компанія «Дніпробуд-Інвест», заявив, що має всі дозволи від Департаменту містобудування.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Зелений Дніпро',
        'Окружний адміністративний суд міста Києва',
        'Національне агентство з питань запобігання корупції',
        'Київська міська рада',
        'Дніпробуд-Інвест',
      ]),
    );
    expect(draft.organizations).not.toContain('Громадська організація');
    expect(draft.organizations).not.toContain('НАЗК');
    expect(draft.places).not.toContain('Київ');
    expect(draft.places).not.toContain('Дніпро');
  });

  it('German: gives a town named after its station’s `von` as a place, beside the bodies named after it', () => {
    const draft = parseClip(
      'Neue Brücke über die Ilmach\n\nDas Bundesministerium für Verkehr hat der Firma Krallinger Bau GmbH den Auftrag für die neue Brücke über die Ilmach erteilt. Die Brücke soll den Stadtteil Unterfeld mit dem Hauptbahnhof von Wendenbrück verbinden.\n\nNach Angaben des Landesamts für Straßenbau beginnen die Arbeiten im März. Ingenieure der Technischen Universität Wendenbrück haben das Modell geprüft.\n\nAnwohner der Lindenstraße hatten gegen den Lärm protestiert. Die Stadtwerke Wendenbrück AG verlegen neue Leitungen entlang der Brücke.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Bundesministerium für Verkehr',
        'Krallinger Bau GmbH',
        'Landesamt für Straßenbau',
        'Technische Universität Wendenbrück',
        'Stadtwerke Wendenbrück AG',
      ]),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Ilmach', 'Unterfeld', 'Wendenbrück', 'Lindenstraße']));
    expect(draft.organizations).not.toContain('Landesamts für Straßenbau');
    expect(draft.places).not.toContain('Hauptbahnhof von Wendenbrück');
  });

  it('German: keeps a registered association’s e.V. and leaves a town named only inside bodies’ names out', () => {
    const draft = parseClip(
      'Klinikum erhält Förderung\n\nDas Klinikum Obersteg erhält vom Land Niederwerth drei Millionen Euro. Das teilte das Sozialministerium in Hallsberg mit.\n\nDie Kassenärztliche Vereinigung begrüßte die Entscheidung. Der Vorstand des Vereins Herzhilfe Obersteg e.V. sprach von einem wichtigen Signal für den ländlichen Raum des Landkreises Tannwald.\n\nPatienten aus dem Landkreis Tannwald mussten bisher nach Hallsberg fahren. Der Flughafen Hallsberg liegt eine Stunde entfernt.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Klinikum Obersteg', 'Sozialministerium', 'Kassenärztliche Vereinigung', 'Verein Herzhilfe Obersteg e.V.']),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Niederwerth', 'Hallsberg', 'Tannwald']));
    expect(draft.places).not.toContain('Obersteg');
  });

  it('French: reads bodies and sites after their lower-case kind, and the people of a town as no place', () => {
    const draft = parseClip(
      "La Région Valmont investit dans le tramway\n\nLe conseil de la Région Valmont a voté mardi un budget de 40 millions d'euros pour prolonger la ligne de tramway jusqu'à la gare de Saint-Arlène. Les travaux seront confiés à la société Travaux Ferroviaires du Centre SA.\n\nSelon l'Agence régionale de la mobilité, la ligne desservira l'hôpital Sainte-Colombe et l'université de Valmont. Les commerçants de la rue des Tanneurs craignent des mois de chantier.\n\nLes Valmontais pourront rejoindre l'aéroport de Corvignac en vingt minutes.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Travaux Ferroviaires du Centre SA',
        'Agence régionale de la mobilité',
        'université de Valmont',
        'hôpital Sainte-Colombe',
      ]),
    );
    expect(draft.organizations.some((o) => o.endsWith('Région Valmont'))).toBe(true);
    expect(draft.places).toEqual(expect.arrayContaining(['gare de Saint-Arlène', 'rue des Tanneurs', 'aéroport de Corvignac']));
    expect(draft.places).not.toContain('Valmontais');
    expect(draft.places).not.toContain('Valmont');
  });

  it('French: takes a name after `l’association` or `l’entreprise` as the body, though its words name a river', () => {
    const draft = parseClip(
      "Une association attaque l'usine devant le tribunal\n\nL'association Rivière Vivante a saisi le tribunal administratif de Rochebelle pour contester l'autorisation accordée à l'entreprise Ardonne Chimie. L'Office français de la biodiversité (OFB) a relevé des rejets dans la Sarnelle.\n\n« Nous demandons l'arrêt immédiat des rejets », a déclaré Claire Monfort, présidente de l'association. La préfecture de la Haute-Sarnelle n'a pas commenté.\n\nL'OFB a prévu de nouveaux prélèvements près du pont de Verlac la semaine prochaine.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Rivière Vivante',
        'Ardonne Chimie',
        'Office français de la biodiversité',
        'tribunal administratif de Rochebelle',
        'préfecture de la Haute-Sarnelle',
      ]),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Sarnelle', 'pont de Verlac']));
    expect(draft.organizations).not.toContain('OFB');
    expect(draft.places).not.toContain('Rochebelle');
    expect(draft.places).not.toContain('Rivière Vivante');
    expect(draft.places).not.toContain('Claire Monfort');
  });

  it('Chinese: keeps a road whose name opens on 和 whole and reads 其他城市 as no place', () => {
    const draft = parseClip(
      '青川市新建地铁站投入使用\n\n青川市交通运输局表示，位于滨江区和平路的新站已于周一开通。该项目由华远建设集团有限公司承建。\n\n青川大学交通学院的专家参与了设计。青川市第一人民医院附近的青云站也将在明年开通。\n\n据介绍，乘客从青川机场到市中心只需二十分钟。南岭省其他城市也在规划类似线路。',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['青川市交通运输局', '华远建设集团有限公司', '青川市第一人民医院']));
    expect(draft.places).toEqual(expect.arrayContaining(['滨江区', '和平路', '青云站', '青川机场', '南岭省']));
    expect(draft.places).not.toContain('平路');
    expect(draft.places).not.toContain('他城市');
    expect(draft.places).not.toContain('青川市');
  });

  it('Chinese: cuts a verb of covering off a county, and reads a river before 沿岸', () => {
    const draft = parseClip(
      '河西县启动河道治理工程\n\n河西县水利局和生态环境部联合启动了柳河治理工程。工程覆盖河西县东湖镇和西山乡。\n\n据东平省发展和改革委员会介绍，项目总投资五亿元。东平农业大学的研究人员将在人民路附近设立监测点。\n\n当地村民表示，治理完成后，柳河沿岸的农田将不再受洪水威胁。',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['河西县水利局', '生态环境部', '东平省发展和改革委员会', '东平农业大学']));
    expect(draft.places).toEqual(expect.arrayContaining(['河西县', '东湖镇', '西山乡', '人民路', '柳河']));
    expect(draft.places).not.toContain('工程覆盖河西县');
    expect(draft.places).not.toContain('东平省');
  });

  it('English: reads a newspaper that is told something and a firm closed by Inc. as bodies', () => {
    const draft = parseClip(
      'Police open inquiry into clinic data leak\n\nOfficers from Harrowgate Police are investigating a data breach at the Marlow Eye Clinic, the force said on Wednesday. The University of Fenwick and Brightwater Labs Inc. said their research files were not affected.\n\nThe Data Standards Office (DSO) told the Fenwick Courier that it had been informed on Monday. The clinic, on Bellgate Avenue near Fenwick Central Station, has 40,000 patients across the Dunmore Valley.\n\nMongolian investors who own part of Brightwater Labs were not available for comment.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Harrowgate Police',
        'Marlow Eye Clinic',
        'University of Fenwick',
        'Data Standards Office',
        'Fenwick Courier',
      ]),
    );
    expect(draft.organizations.some((o) => o.startsWith('Brightwater Labs Inc'))).toBe(true);
    expect(draft.places).toEqual(expect.arrayContaining(['Bellgate Avenue', 'Fenwick Central Station', 'Dunmore Valley']));
    expect(draft.places).not.toContain('Mongolian');
    expect(draft.places).not.toContain('Fenwick');
  });

  it('Russian: turns a two-word village after `через` back from the accusative, and a river after `реку`', () => {
    const draft = parseClip(
      'В Тальской области закрыли мост\n\nМинистерство здравоохранения Тальской области сообщило, что пациентов больницы в Заречье будут возить в областной центр. Мост через реку Ильму закрыло МКУ «Управление дорожного хозяйства».\n\nВ Управлении дорожного хозяйства пояснили, что ремонт займет месяц. На проспекте Строителей в Тальске уже открыт объезд.\n\nПо словам представителя компании «Тальскавтотранс», автобусы пойдут через Верхнюю Ольшанку.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Министерство здравоохранения Тальской области', 'Управление дорожного хозяйства', 'Тальскавтотранс']),
    );
    expect(draft.places).toEqual(
      expect.arrayContaining(['Тальская область', 'Ильма', 'Заречье', 'проспект Строителей', 'Тальск', 'Верхняя Ольшанка']),
    );
    expect(draft.places).not.toContain('Верхнюю Ольшанку');
    expect(draft.places).not.toContain('Ильму');
  });

  it('Ukrainian: reads both towns after `між` back from the instrumental, and a region named only inside a service’s name as no place', () => {
    const draft = parseClip(
      'Депутати обласної ради погодили ремонт дороги\n\nДепутати Тернівської обласної ради погодили виділення коштів на ремонт дороги між Тернівкою та Лугиною. Про це повідомили у Службі автомобільних доріг у Тернівській області.\n\nРемонтом займеться ПрАТ «Шляхбуд-Захід». Дорога проходить уздовж річки Стрижень і через селище Гайове.\n\nУ Державному агентстві відновлення заявили, що фінансування надійде з державного бюджету.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Тернівська обласна рада', 'Шляхбуд-Захід', 'Державне агентство відновлення']),
    );
    expect(draft.organizations.some((o) => o.startsWith('Служба автомобільних доріг у Тернівській області'))).toBe(true);
    expect(draft.places).toEqual(expect.arrayContaining(['Тернівка', 'Лугина', 'Стрижень', 'Гайове']));
    expect(draft.places).not.toContain('Лугиною');
    expect(draft.places).not.toContain('Тернівська область');
  });

  it('German: reads towns of a town’s shape after a bare preposition, a neighbouring municipality and a flooding river', () => {
    const draft = parseClip(
      'Hochwasser: Stadt sperrt Uferweg\n\nWegen des Hochwassers der Sarnitz hat die Stadtverwaltung von Kellbach den Uferweg gesperrt. Nach Angaben des Deutschen Wetterdienstes steigt der Pegel bis Freitag weiter.\n\nDas Technische Hilfswerk hat am Marktplatz Sandsäcke verteilt. Die Feuerwehr Kellbach war mit 60 Kräften im Einsatz, auch in der Nachbargemeinde Oberlinden.\n\nDie Deutsche Bahn stellte den Verkehr zwischen Kellbach und Lindenau ein. Österreichische Helfer sind auf dem Weg.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Deutscher Wetterdienst', 'Technisches Hilfswerk', 'Feuerwehr Kellbach', 'Deutsche Bahn']),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Sarnitz', 'Oberlinden', 'Kellbach', 'Lindenau']));
    expect(draft.places).not.toContain('Österreichische');
    expect(draft.places).not.toContain('Marktplatz');
  });

  it('French: spells out initials whose name ends on an adjective they leave out, and a union after `Le syndicat`', () => {
    const draft = parseClip(
      "Grève à la SNCF : le trafic perturbé en Bretagne\n\nLa Société nationale des chemins de fer français (SNCF) prévoit un train sur deux mardi entre Rennes et Brest. Selon la direction régionale, les lignes vers Quimper sont les plus touchées.\n\nLe syndicat Sud-Rail a appelé à la grève. À la gare de Rennes, les voyageurs se sont reportés sur les cars de la société Breizh Mobilité.\n\n« La situation devrait s'améliorer jeudi », a indiqué un porte-parole de la SNCF. Les Bretons attendent aussi le rapport de la Cour des comptes.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Société nationale des chemins de fer français', 'Sud-Rail', 'Breizh Mobilité', 'Cour des comptes']),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Bretagne', 'Rennes', 'Brest', 'Quimper']));
    expect(draft.organizations).not.toContain('SNCF');
    expect(draft.places).not.toContain('Bretons');
  });

  it('Chinese: reads a city before 位于 and a province before 中部', () => {
    const draft = parseClip(
      '江南市公安局通报交通事故调查结果\n\n江南市公安局交通警察支队今天通报，上周发生在新华路与解放大街交叉口的交通事故已调查完毕。\n\n事故车辆属于江南捷运物流有限公司。江南市人民医院共收治伤者五人。\n\n据国家铁路局消息，江南站周边道路将进行改造。江南市位于江东省中部，长江从城北流过。',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['江南市公安局', '江南捷运物流有限公司', '江南市人民医院', '国家铁路局']));
    expect(draft.places).toEqual(expect.arrayContaining(['新华路', '解放大街', '江南站', '江南市', '江东省', '长江']));
  });

  it('English: reads a firm named by what it runs, beside its parent group and the state bodies', () => {
    const draft = parseClip(
      'Rail operator fined over signal failures\n\nSELBURY, Wiltshire - The national Office of Rail Standards fined Westmoor Trains 4 million pounds on Thursday after signal failures near Kellingford left passengers stranded for hours.\n\nThe regulator said the Swindon-based operator had ignored warnings from Trackway Networks. Westmoor\'s parent company, Carlow Transport Group, said it would not appeal.\n\nA spokesperson for the Department for Transport said ministers were "deeply concerned". The failures affected lines between Kellingford and the port of Harwell, and services on the Isle of Rona ferry link.\n\nReporting by Ann Tate; Editing by Rob Hill',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Office of Rail Standards',
        'Westmoor Trains',
        'Trackway Networks',
        'Carlow Transport Group',
        'Department for Transport',
      ]),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Selbury', 'Kellingford', 'Swindon', 'Harwell', 'Isle of Rona']));
    expect(draft.people).not.toContain('Westmoor Trains');
  });

  it('Russian: reads a regional office by its initials and region, and a town’s prosecutor as a body', () => {
    const draft = parseClip(
      'Пожар на складе в Нижнеозерске потушили\n\nВ пресс-службе ГУ МЧС России по Озерской области сообщили, что пожар на складе в Нижнеозерске ликвидирован. На месте работали 40 человек.\n\nСклад принадлежит компании «Озерная логистика». Как рассказал ТАСС представитель Озерского управления Росгвардии, пострадавших нет.\n\nДвижение по улице Заводской и Кольцевому шоссе восстановлено. Прокуратура Нижнеозерска начала проверку.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['ГУ МЧС России по Озерской области', 'Озерная логистика', 'Прокуратура Нижнеозерска', 'ТАСС']),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Нижнеозерск', 'улица Заводская', 'Кольцевое шоссе']));
  });

  it('Ukrainian: takes a blended short form in brackets as the body, a town in `-ську` back to `-ськ`, and a street named after a person as the street alone', () => {
    const draft = parseClip(
      "У Дністровську відкрили новий міст\n\nНовий міст через річку Дністер у Дністровську відкрили для руху. Будівництво фінансувало Державне агентство автомобільних доріг України (Укравтодор).\n\nЯк повідомили в Укравтодорі, міст з'єднав вулицю Шевченка з проспектом Незалежності. Роботи виконала компанія «Дорбуд-Поділля».\n\nГолова Дністровської міської ради Олег Бондар подякував підрядникам. Мешканці Дністровська чекали на міст п'ять років.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Державне агентство автомобільних доріг України', 'Дорбуд-Поділля', 'Дністровська міська рада']),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Дністровськ', 'Дністер', 'вулиця Шевченка', 'проспект Незалежності']));
    expect(draft.organizations).not.toContain('Укравтодор');
    expect(draft.organizations).not.toContain('Укравтодорі');
    expect(draft.places).not.toContain('Шевченко');
    expect(draft.places).not.toContain('Новий міст');
    expect(draft.places).not.toContain('Дністровську');
  });

  it('German: reads courts and offices named by their town, and a town of a town’s shape after `in`', () => {
    const draft = parseClip(
      'Ermittlungen gegen Bauunternehmer\n\nDie Staatsanwaltschaft Rottenfeld ermittelt gegen den Geschäftsführer der Holzmann Hochbau GmbH. Laut Polizei geht es um Schwarzarbeit auf Baustellen in Rottenfeld und im Landkreis Ellerau.\n\nDas Amtsgericht Rottenfeld hatte die Durchsuchung angeordnet. Auch das Hauptzollamt Kassel war beteiligt, wie ein Sprecher der Behörde sagte.\n\nDie IG Bau begrüßte das Vorgehen. Die Baustelle am Rottenfelder Marktplatz ruht seit Montag.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Staatsanwaltschaft Rottenfeld',
        'Holzmann Hochbau GmbH',
        'Amtsgericht Rottenfeld',
        'Hauptzollamt Kassel',
        'IG Bau',
      ]),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Rottenfeld', 'Ellerau']));
    expect(draft.places).not.toContain('Kassel');
  });

  it('French: reads a prosecutor’s office, a town hall and a fire service as bodies, and their towns only where written alone', () => {
    const draft = parseClip(
      "Incendie dans un entrepôt à Vernon-sur-Arve\n\nUn incendie a ravagé mardi un entrepôt de la société Logistique Alpine à Vernon-sur-Arve, selon la préfecture de la Haute-Arve. Le parquet de Bonneville a ouvert une enquête.\n\nLa mairie de Vernon-sur-Arve a demandé aux habitants du quartier des Granges de fermer leurs fenêtres. Selon Météo-France, le vent devait faiblir dans la soirée.\n\nLe ministère de l'Intérieur a salué l'action des pompiers du Service départemental d'incendie et de secours de la Haute-Arve.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Logistique Alpine',
        'Météo-France',
        'préfecture de la Haute-Arve',
        'parquet de Bonneville',
        'mairie de Vernon-sur-Arve',
        "ministère de l'Intérieur",
        "Service départemental d'incendie et de secours de la Haute-Arve",
      ]),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Vernon-sur-Arve']));
    expect(draft.places).not.toContain('Bonneville');
    expect(draft.places).not.toContain('Haute-Arve');
  });

  it('Chinese: reads a town’s railway station and a river after 跨越, and no common word for a place', () => {
    const draft = parseClip(
      '临海市新建跨江大桥正式通车\n\n记者从临海市住房和城乡建设局获悉，连接临海市北岸区和南岸区的跨江大桥今天正式通车。大桥由中铁大桥局集团有限公司承建。\n\n据介绍，大桥全长三公里，跨越瓯江。临海火车站到机场的车程将缩短二十分钟。\n\n浙东大学土木工程学院的专家表示，该桥采用了新型抗震设计。',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['临海市住房和城乡建设局', '中铁大桥局集团有限公司', '浙东大学土木工程学院']),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['临海市', '北岸区', '南岸区', '临海火车站', '瓯江']));
    expect(draft.places).not.toContain('新建');
    expect(draft.places).not.toContain('大桥');
    expect(draft.places).not.toContain('跨江大桥');
    expect(draft.places).not.toContain('跨越瓯江');
  });

  it('English: keeps a ministry’s two portfolios after its country’s adjective, and reads a lake, a mountain and a river by their kind', () => {
    const draft = parseClip(
      'Drought forces water cuts in Maravi Province\n\nLUSAKA, Zambia — Authorities in Maravi Province ordered water rationing on Monday as levels at Lake Tembe fell to a 30-year low, the Zambian Ministry of Water and Sanitation said.\n\nThe Tembe Water Services Board said taps in Kisoro town would run two days a week. Residents of Kisoro queued at boreholes along Mwela Road, and farmers near Mount Koru said their cattle were dying.\n\n"We have never seen it this bad," said Grace Wanjiru, who heads the Maravi Farmers Cooperative. The World Food Programme said it was sending supplies through the town of Ndola. The Kafue River has also dropped sharply, according to the Zambia Meteorological Department.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Tembe Water Services Board',
        'Maravi Farmers Cooperative',
        'World Food Programme',
        'Zambia Meteorological Department',
      ]),
    );
    expect(draft.organizations.some((o) => o.endsWith('Ministry of Water and Sanitation'))).toBe(true);
    expect(draft.places).toEqual(
      expect.arrayContaining(['Lusaka', 'Maravi Province', 'Lake Tembe', 'Kisoro', 'Mwela Road', 'Mount Koru', 'Ndola', 'Kafue River']),
    );
    expect(draft.organizations).not.toContain('Sanitation');
    expect(draft.places).not.toContain('Zambian');
  });

  it('Ukrainian: reads a land in `-сся` back from the instrumental, and bodies in the locative back to the nominative', () => {
    const draft = parseClip(
      'Поліція розслідує аварію на трасі\n\nУ Національній поліції України повідомили, що аварія сталася поблизу Залісся на трасі Київ – Чоп. За даними ДСНС, постраждали четверо людей.\n\nВодія вантажівки компанії «Трансагро-Захід» затримали. Постраждалих доставили до Ковельської центральної районної лікарні.\n\nРух на ділянці між Заліссям і Ковелем відновили. Як повідомили у Волинській обласній військовій адміністрації, дорогу відремонтують до зими.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Національна поліція України',
        'Ковельська центральна районна лікарня',
        'Трансагро-Захід',
        'Волинська обласна військова адміністрація',
      ]),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Ковель', 'Залісся']));
    expect(draft.places).not.toContain('Заліссям');
    expect(draft.places).not.toContain('Ковелем');
  });

  it('German: reads a river followed by a path and a town after a capitalised `In`', () => {
    const draft = parseClip(
      'Mehr Geld für Radwege\n\nBeim Bundesamt für Logistik und Mobilität sind in diesem Jahr doppelt so viele Anträge eingegangen wie 2023. Das teilte ein Sprecher des Bundesverkehrsministeriums in Weidenau mit.\n\nVom Landratsamt Tiefenbach hieß es, man habe drei neue Radwege entlang der Weißach beantragt. Der Allgemeine Deutsche Fahrrad-Club (ADFC) forderte mehr Tempo.\n\nIn Tiefenbach selbst fehlt ein Radweg zwischen dem Bahnhof und dem Gewerbegebiet Nord. Die Stadtwerke Tiefenbach wollen Ladestationen bauen.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Bundesamt für Logistik und Mobilität',
        'Landratsamt Tiefenbach',
        'Allgemeiner Deutscher Fahrrad-Club',
        'Stadtwerke Tiefenbach',
      ]),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Weidenau', 'Weißach', 'Tiefenbach']));
  });

  it('French: reads the Assembly after an elided article, a metropolis with its adjective and a union closed by an adjective in -ics', () => {
    const draft = parseClip(
      "Les députés adoptent la réforme des transports\n\nL'Assemblée nationale a adopté mardi le projet de loi sur les transports régionaux. Selon l'Insee, 12 % des actifs mettent plus d'une heure pour aller travailler en Île-de-France.\n\nLe texte prévoit des aides pour la SNCF et la RATP. L'Union des transports publics a salué un « premier pas ». À Lille, la Métropole européenne de Lille prévoit trois nouvelles lignes de bus.\n\nLe Sénat examinera le texte en juin. Les maires de Roubaix et de Tourcoing ont demandé plus de moyens.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Assemblée nationale', 'Métropole européenne de Lille', 'Union des transports publics', 'SNCF', 'RATP']),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Île-de-France', 'Lille', 'Roubaix', 'Tourcoing']));
    expect(draft.organizations).not.toContain('Union des transports');
  });

  it('French: a land capitalised as a name keeps its adjective', () => {
    const draft = parseClip('Crues\n\nIl a plu trois jours sur le Massif central et dans le Bassin parisien.');
    expect(draft.places).toEqual(expect.arrayContaining(['Massif central', 'Bassin parisien']));
  });

  it('Russian: reads towns after `между` back from the instrumental, and a country named only inside a ministry’s name as no place', () => {
    const draft = parseClip(
      'Минтранс выделит деньги на ремонт трассы\n\nВ Министерстве транспорта Российской Федерации сообщили, что ремонт трассы между Веснянском и Озерками начнется в мае. Работы выполнит АО «Дорстрой-7».\n\nКак пояснили в администрации Веснянска, на время ремонта автобусы пойдут по улице Ленина. В компании «Веснянские автобусы» добавили, что расписание изменится.\n\nРешение поддержал губернатор Северной области Павел Гринев. Жители Озерков ждали ремонта десять лет.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Министерство транспорта Российской Федерации', 'Дорстрой-7', 'Веснянские автобусы']),
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Веснянск', 'Озерки', 'улица Ленина', 'Северная область']));
    expect(draft.places).not.toContain('Веснянска');
    expect(draft.places).not.toContain('Российская Федерация');
  });

  it('Russian: a country named on its own as well stays a place', () => {
    const draft = parseClip(
      'Проверка\n\nПредставители Министерства транспорта Российской Федерации приехали. Российская Федерация и Китай подписали договор.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Российская Федерация', 'Китай']));
  });

  it('Chinese: reads “… and other places” after a city as no body’s name, and the city as a place', () => {
    const draft = parseClip(
      '南湖省暴雨致多地停课\n\n新华社长沙6月3日电（记者王明）南湖省气象局3日发布暴雨红色预警，省教育厅通知岳阳市、常德市等地中小学停课一天。\n\n湘江长沙段水位持续上涨。国家电网南湖省电力有限公司已派出抢修队伍前往桃源县。\n\n长沙黄花国际机场取消航班四十余架次。中国人民保险公司南湖分公司表示，已接到报案三百余起。',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['南湖省气象局', '国家电网南湖省电力有限公司', '中国人民保险公司南湖分公司']),
    );
    expect(draft.organizations.some((o) => o.includes('等地'))).toBe(false);
    expect(draft.places).toEqual(expect.arrayContaining(['岳阳市', '常德市', '桃源县', '长沙黄花国际机场']));
  });

  it('English: reads a confederation as a body, not a person, and its river named alone as a place', () => {
    const draft = parseClip(
      'Heat wave strains power grid in Extremadura\n\nBADAJOZ — The grid operator Rede Sudoeste asked large users in Extremadura to cut consumption on Tuesday as temperatures in Badajoz and Cáceres passed 44C.\n\nThe regional government opened 200 cooling centres. The Guadiana river was at its lowest level since 1995, the Guadiana Hydrographic Confederation said.\n\nExtremaduran farmers warned of crop losses. Tourists at the Roman theatre in Mérida were told to carry water.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Rede Sudoeste', 'Guadiana Hydrographic Confederation']));
    expect(draft.people).toEqual([]);
    expect(draft.places).toEqual(expect.arrayContaining(['Badajoz', 'Extremadura', 'Cáceres', 'Guadiana', 'Mérida']));
    expect(draft.places).not.toContain('Extremaduran');
  });
});

describe('the new cues leave common words and people alone', () => {
  it('German: a person named after an indefinite kind stays a person, and common nouns after a bare preposition name no place', () => {
    const draft = parseClip(
      'Neue Halle\n\nDas bestätigte eine Sprecherin Anna Roth am Montag. In Zukunft soll die Halle in Betrieb bleiben, sagte sie nach Angaben der Stadt.',
    );
    expect(draft.people).toEqual(['Anna Roth']);
    expect(draft.places).toEqual([]);
  });

  it('Ukrainian: a woman named after her town is no part of it', () => {
    const draft = parseClip('Новий міст\n\nМешканка Вербівки Ганна Ткач розповіла про міст через річку.');
    expect(draft.places).toContain('Вербівка');
    expect(draft.people).toEqual(['Ганна Ткач']);
  });
});
