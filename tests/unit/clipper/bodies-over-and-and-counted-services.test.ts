import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a body named for two fields joined by `and`', () => {
  it('keeps an English bank or college named for two fields whole', () => {
    const draft = parseClip(
      'Harbour loan approved\n\nThe Westmark Bank for Reconstruction and Development lent the money to Dorrow, the bank said. Nurses from the Royal College of Nursing and Midwifery welcomed it.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Westmark Bank for Reconstruction and Development', 'Royal College of Nursing and Midwifery']),
    );
    expect(draft.organizations).not.toContain('Westmark Bank for Reconstruction');
  });

  it('keeps a body and a firm listed with `and` apart', () => {
    const draft = parseClip('Deal signed\n\nThe Bank of Lorn and Harlan Freight signed a deal on Monday.');
    expect(draft.organizations).toEqual(expect.arrayContaining(['Bank of Lorn', 'Harlan Freight']));
  });

  it('keeps a Chinese national body whose name holds 和 whole', () => {
    const draft = parseClip('规划获批\n\n国家海岸和滩涂管理局日前批准了规划。');
    expect(draft.organizations).toContain('国家海岸和滩涂管理局');
    expect(draft.organizations).not.toContain('滩涂管理局');
  });

  it('keeps a Chinese group named by two trades joined by 与 whole', () => {
    const draft = parseClip('新厂开工\n\n南川机械与电子工业集团将投资建设新厂。');
    expect(draft.organizations).toContain('南川机械与电子工业集团');
  });

  it('reads a Russian ministry for trade through its `и торговли`, which is no past verb', () => {
    const draft = parseClip('Цех закроют\n\nОб этом сообщили в Министерстве промышленности и торговли Озёрской области.');
    expect(draft.organizations).toContain('Министерство промышленности и торговли Озёрской области');
  });
});

describe('unions and services by their short names', () => {
  it('names French unions hyphened to their trade as bodies, and the trains of a service as none', () => {
    const draft = parseClip(
      "Grève des contrôleurs\n\nLe trafic des TER sera perturbé mardi entre Montclair et Vassy, à l'appel de SLT-Cheminots et d'Union-Rail. Les TGV circuleront normalement.",
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['SLT-Cheminots', 'Union-Rail']));
    expect(draft.organizations).not.toContain('TER');
    expect(draft.organizations).not.toContain('TGV');
    expect(draft.places).not.toContain('Union-Rail');
  });

  it('names a Russian party by the name in quotation marks after it', () => {
    const draft = parseClip('Субсидии проверят\n\nДепутаты от партии «Народный выбор» потребовали проверить субсидии.');
    expect(draft.organizations).toContain('Народный выбор');
  });
});

describe('a German town council and its committees by their common nouns', () => {
  it('names the council, a committee and a department of the town as bodies', () => {
    const draft = parseClip(
      'Neue Buslinie\n\nAm Donnerstag hat der Stadtrat eine neue Buslinie beschlossen. Zuvor hatte der Verkehrsausschuss den Plan empfohlen. Das Kulturreferat prüft die Kosten.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Stadtrat', 'Verkehrsausschuss', 'Kulturreferat']));
  });

  it('reads a council before `von` and its town as the council and the town, not a member named by title', () => {
    const draft = parseClip('Neue Buslinie\n\nDer Stadtrat von Haldenburg hat am Donnerstag eine neue Buslinie beschlossen.');
    expect(draft.organizations).toEqual(['Stadtrat']);
    expect(draft.places).toEqual(['Haldenburg']);
  });

  it('names a district committee with its district as one body', () => {
    const draft = parseClip('Kritik am Radweg\n\nIm Bezirksausschuss Morlingen-Süd gab es am Abend Kritik an dem Plan.');
    expect(draft.organizations).toContain('Bezirksausschuss Morlingen-Süd');
  });
});

describe('French bodies named by lower-case fields', () => {
  it('keeps a ministry’s second portfolio after the first one’s adjective', () => {
    const draft = parseClip("Nouveau campus\n\nLe projet est financé par le ministère de l'Enseignement supérieur et de l'Innovation.");
    expect(draft.organizations).toEqual(["ministère de l'Enseignement supérieur et de l'Innovation"]);
  });

  it('keeps a second field written as a short word after its elided article', () => {
    const draft = parseClip("Nouveau campus\n\nLes laboratoires de l'Institut national des sols et de l'eau seront regroupés.");
    expect(draft.organizations).toEqual(["Institut national des sols et de l'eau"]);
  });

  it('reads a field with its own complement before the town a body serves', () => {
    const draft = parseClip("Grève\n\nL'Association des usagers du rail de Montclair conseille aux voyageurs de reporter leurs trajets.");
    expect(draft.organizations).toEqual(['Association des usagers du rail de Montclair']);
  });

  it('names a bank by its adjective and lower-case field', () => {
    const draft = parseClip("Usine\n\nLe site a reçu un prêt de la Banque publique d'investissement la semaine dernière.");
    expect(draft.organizations).toEqual(["Banque publique d'investissement"]);
  });
});

describe('German bodies in other cases and before their object', () => {
  it('gives a town’s electoral list and a city department in the nominative', () => {
    const draft = parseClip(
      'Neue Buslinie\n\nDie Fraktion der Freien Bürgerliste hatte zunächst Bedenken. Nach Zählungen des Verkehrsreferats fahren mehr Räder.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Freie Bürgerliste', 'Verkehrsreferat']));
  });

  it('ends a body’s name before the abstract noun German capitalises after it', () => {
    const draft = parseClip('Betrug\n\nDer Fall kam ans Licht, nachdem das Rechnungsprüfungsamt Unstimmigkeiten entdeckt hatte.');
    expect(draft.organizations).toEqual(['Rechnungsprüfungsamt']);
  });
});

describe('Chinese bodies named short and cut by an adverb', () => {
  it('reads a group’s short form in the headline as the group written in full below', () => {
    const draft = parseClip('南川集团拟建新厂\n\n南川机械与电子工业集团14日发布公告称，将投资建设新厂。');
    expect(draft.organizations).toEqual(['南川机械与电子工业集团']);
  });

  it('ends a court’s name before the adverb that opens its verb', () => {
    const draft = parseClip('新厂\n\n此前，清河市中级人民法院曾审理过集团与供应商之间的一起合同纠纷。');
    expect(draft.organizations).toEqual(['清河市中级人民法院']);
  });
});

describe('bodies by their heads and formal names', () => {
  it('counts a service’s trains by a number too, and names a French council or court by its capitalised head', () => {
    const draft = parseClip(
      "Grève\n\nSelon la compagnie, trois TER sur cinq circulaient jeudi. Le texte serait soumis au Conseil d'État en janvier.",
    );
    expect(draft.organizations).toEqual(["Conseil d'État"]);
    expect(draft.places).toEqual([]);
  });

  it('names the German federal and state governments as bodies', () => {
    const draft = parseClip('Wohngeld\n\nDie Bundesregierung will das Gesetz ändern. Die Landesregierung prüft den Plan noch.');
    expect(draft.organizations).toEqual(expect.arrayContaining(['Bundesregierung', 'Landesregierung']));
  });

  it('names a town’s corporation by its formal name, and the town where it is a place', () => {
    const draft = parseClip('Museum reopens\n\nThe museum is run by the City of Marrow. Tourists flock to Marrow every summer.');
    expect(draft.organizations).toEqual(['City of Marrow']);
    expect(draft.places).toEqual(['Marrow']);
  });
});

describe('Russian and Ukrainian bodies by more head nouns', () => {
  it('names an assembly, a shipyard, a trade union and a college in the nominative', () => {
    const draft = parseClip(
      'Проверка\n\nДепутаты Законодательного собрания Зареченской области потребовали проверки. Заводу не хватает заказов от Северодольской верфи. Профсоюз работников металлургии направил письмо. Студенты Зареченского речного училища вышли на практику.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Законодательное собрание Зареченской области',
        'Северодольская верфь',
        'Профсоюз работников металлургии',
        'Зареченское речное училище',
      ]),
    );
  });

  it('names a Ukrainian trade union and a party by the name in quotation marks', () => {
    const draft = parseClip(
      'Програма\n\nПрофспілка працівників освіти виступила проти. Проти програми голосувала фракція партії «Громадський поступ».',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Профспілка працівників освіти', 'Громадський поступ']));
  });
});

describe('the town a German body sits in', () => {
  it('reads the seat of a court as a town where a preposition puts it alone', () => {
    const draft = parseClip(
      'Urteil\n\nDas Amtsgericht Kielsund hat einen Bauunternehmer verurteilt. Der Prozess in Kielsund dauerte vier Tage.',
    );
    expect(draft.places).toEqual(['Kielsund']);
    expect(draft.organizations).toEqual(['Amtsgericht Kielsund']);
  });

  it('reads no common noun after a preposition as a town', () => {
    const draft = parseClip(
      'Urteil\n\nDas Amtsgericht Kielsund hat einen Bauunternehmer verurteilt. Der Prozess dauerte in Summe vier Tage.',
    );
    expect(draft.places).toEqual([]);
  });
});

describe('a body’s initials written only inside a longer body’s name', () => {
  it('lists the initials through the longer body, and alone where the text names them alone', () => {
    const inside = parseClip(
      'Дело\n\nДело было возбуждено Следственным управлением ФСБ по Озёрской области в марте. Суд рассмотрит его осенью.',
    );
    expect(inside.organizations).toEqual(['Следственное управление ФСБ по Озёрской области']);
    const alone = parseClip(
      'Дело\n\nДело было возбуждено Следственным управлением ФСБ по Озёрской области в марте. В ФСБ отказались от комментариев.',
    );
    expect(alone.organizations).toEqual(expect.arrayContaining(['ФСБ', 'Следственное управление ФСБ по Озёрской области']));
  });
});
