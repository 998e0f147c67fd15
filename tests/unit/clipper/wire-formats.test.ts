import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const body = 'The committee met for four hours and agreed to publish its findings next month, officials said after the session ended.';

describe('wire datelines', () => {
  const cases: { name: string; text: string; dateline: string | null; source: string | null; date: string | null }[] = [
    {
      name: 'Reuters',
      text: `Ferry strike ends\n30 JAN 2024\nHALDEN, Jan 29 (Reuters) - ${body}`,
      dateline: 'HALDEN',
      source: 'Reuters',
      date: '2024-01-29',
    },
    { name: 'AP', text: `PORTVILLE, Maine (AP) — ${body}`, dateline: 'PORTVILLE, Maine', source: 'AP', date: null },
    { name: 'AFP', text: `Brenna (Ruritania) (AFP) - ${body}`, dateline: 'Brenna (Ruritania)', source: 'AFP', date: null },
    { name: 'TASS', text: `12 MAR 2023, 10:05\nVELSK, March 12. /TASS/. ${body}`, dateline: 'VELSK', source: 'TASS', date: '2023-03-12' },
    {
      name: 'Xinhua',
      text: `Source: Xinhua| 2023-04-02 08:11:00|Editor: xyz\nLANFORD, April 2 (Xinhua) -- ${body}`,
      dateline: 'LANFORD',
      source: 'Xinhua',
      date: '2023-04-02',
    },
    {
      name: 'Xinhua Chinese',
      text: '2023年05月06日 09:00 来源：新华社\n新华社青州5月6日电（记者 王小明）当地6日举行了一场关于河道治理的会议，专家们讨论了未来五年的工作计划和资金安排。',
      dateline: '青州',
      source: '新华社',
      date: '2023-05-06',
    },
    {
      name: 'dpa',
      text: `12.03.2024, 08:00 Uhr\nMarburg (dpa) - Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, die alte Brücke über den Fluss zu sanieren und im Sommer zu sperren.`,
      dateline: 'Marburg',
      source: 'dpa',
      date: '2024-03-12',
    },
    {
      name: 'RIA Novosti',
      text: 'ТВЕРЬ, 5 мая 2023 — РИА Новости. Городские власти в пятницу объявили о начале ремонта центральной набережной, который продлится до конца лета.',
      dateline: 'ТВЕРЬ',
      source: 'РИА Новости',
      date: '2023-05-05',
    },
    {
      name: 'PRNewswire',
      text: `DENVER, March 3, 2023 /PRNewswire/ -- ${body}`,
      dateline: 'DENVER',
      source: 'PRNewswire',
      date: '2023-03-03',
    },
    { name: 'seed form', text: ` date 2021-11-04 Tallinn: ${body}`, dateline: 'Tallinn', source: null, date: '2021-11-04' },
    { name: 'agency without a place', text: `(Bloomberg) -- ${body}`, dateline: null, source: 'Bloomberg', date: null },
    { name: 'Kyodo without a year', text: `OTARU, Feb. 6 (Kyodo) -- ${body}`, dateline: 'OTARU', source: 'Kyodo', date: null },
  ];
  for (const c of cases) {
    it(`reads the ${c.name} form`, () => {
      const draft = parseClip(c.text);
      expect(draft.dateline).toBe(c.dateline);
      expect(draft.source).toBe(c.source);
      expect(draft.date).toBe(c.date);
    });
  }

  it('leaves a Chinese editor’s credit under the story out of it', () => {
    const draft = parseClip(
      '2023年05月06日 09:00 来源：新华社\n\n新华社青州5月6日电（记者 王小明）当地6日举行了一场关于河道治理的会议，专家们讨论了未来五年的工作计划。\n\n责任编辑：李华',
    );
    expect(draft.paragraphs).toHaveLength(1);
    expect(draft.cruft).toContain('责任编辑：李华');
  });

  it('reads a dateline printed on a line of its own above the story', () => {
    const header = (line: string) => parseClip(`Harbour wall to be rebuilt\n\nBy Tom Avery\n\n${line}\n\n${body}`);
    expect(header('Lindenau, 5. März 2026')).toMatchObject({ dateline: 'Lindenau', date: '2026-03-05' });
    expect(header('PORT ELLERY, March 5, 2026, 14:30')).toMatchObject({ dateline: 'PORT ELLERY', date: '2026-03-05' });
    expect(header('Buenos Aires, 5 de marzo de 2026')).toMatchObject({ dateline: 'Buenos Aires', date: '2026-03-05' });
    // A weekday, a label or a writer's name before the date is no place.
    for (const line of ['Thursday, March 5, 2026', 'Updated, March 5, 2026', 'Jane Marlow, 5 March 2026']) {
      expect(header(line)).toMatchObject({ dateline: null, date: '2026-03-05' });
    }
  });

  it('reads a press release’s place and date printed above its headline', () => {
    const draft = parseClip(
      'COMMUNIQUÉ DE PRESSE\n\nMorlay, le 2 juin 2026\n\nLa compagnie des eaux annonce la fermeture de l’usine\n\nLa compagnie a décidé de suspendre la production de l’usine jusqu’à nouvel ordre.',
    );
    expect(draft).toMatchObject({ dateline: 'Morlay', date: '2026-06-02', title: 'La compagnie des eaux annonce la fermeture de l’usine' });
  });

  it('reads a region in brackets after the place as part of it, not as an agency', () => {
    const draft = parseClip(`BRIVES (Corrèze) – ${body}`);
    expect(draft).toMatchObject({ dateline: 'BRIVES (Corrèze)', source: null });
    expect(draft.places).toEqual(expect.arrayContaining(['Brives', 'Corrèze']));
    expect(parseClip(`BRIVES (Reuters) – ${body}`)).toMatchObject({ dateline: 'BRIVES', source: 'Reuters' });
  });

  it('reads a known agency in brackets closed by a full stop, and no such stop after any bracket', () => {
    const draft = parseClip('Міст відкрили\n\nЛуцьк, 4 травня 2026 (Укрінформ). У Луцьку відкрили новий міст через річку.');
    expect(draft.source).toBe('Укрінформ');
    expect(draft.dateline).toBe('Луцьк');
    expect(draft.date).toBe('2026-05-04');
    expect(parseClip('Bridge opens\n\nThe council (which met twice). Then it voted.').source).toBeNull();
  });

  it('reads a place and date dateline before a name in quotation marks', () => {
    const draft = parseClip('Кубок\n\nДрогобич, 3 квітня. «Сокіл-Дрогобич» обіграли суперників з рахунком 2:1.');
    expect(draft.dateline).toBe('Дрогобич');
  });

  it('keeps a French particle inside the author’s name, and ends the name before le and a date', () => {
    const titled =
      'Un hommage en Bretagne\n\nPar Yann Le Goff\nPublié le 14 janvier 2026 à 17h42\n\nLa commune a rendu hommage à son ancienne maire dimanche matin.';
    expect(parseClip(titled).byline).toEqual(['Yann Le Goff']);
    expect(parseClip(titled.replace('Par Yann Le Goff', 'Par Anne Roux le 14 janvier 2026')).byline).toEqual(['Anne Roux']);
  });

  it('reads a dateline line ending in the year word, and a regional paper’s town closed by a full stop', () => {
    const ru = parseClip(
      'Заявление пресс-службы компании об отключениях\n\nСАНКТ-ПЕТЕРБУРГ, 21 января 2026 г.\n\nПресс-служба компании сообщает, что отключения электроэнергии в районе вызваны повреждением линии.',
    );
    expect(ru.dateline).toBe('САНКТ-ПЕТЕРБУРГ');
    expect(ru.date).toBe('2026-01-21');
    const de = parseClip('Geständnis vor Gericht\n\nAugsburg. Im Prozess um einen Brand hat der Angeklagte am Montag gestanden.');
    expect(de.dateline).toBe('Augsburg');
    const fr = parseClip(
      'Fermeture de l’usine de traitement des eaux\n\nRennes, le 2 juin 2026\n\nLa compagnie a décidé de suspendre la production de l’usine jusqu’à nouvel ordre.',
    );
    expect(fr.dateline).toBe('Rennes');
    expect(fr.date).toBe('2026-06-02');
    expect(parseClip('Ein Tag\n\nNiemand. Das war die Antwort auf die Frage nach dem Täter.').dateline).toBeNull();
    // A town the gazetteer does not know, by its ending; a common noun so ending is none.
    expect(parseClip('Urteil gefallen\n\nKleinstetten. Das Amtsgericht hat am Montag einen Mann verurteilt.').dateline).toBe(
      'Kleinstetten',
    );
    expect(parseClip('Ein Tag\n\nInnenstadt. Dort war am Montag kaum ein Platz frei.').dateline).toBeNull();
  });

  it('credits an interview’s interviewer, and an author named with a Russian or French editor’s role', () => {
    const body = '\n\nDie Landrätin will den Nahverkehr im ganzen Kreis ausbauen und mehr Rufbusse einsetzen.';
    expect(parseClip('Mehr Busse für das Land und die Dörfer\n\nInterview: Marlene Hüttig' + body).byline).toEqual(['Marlene Hüttig']);
    expect(parseClip('Les bus du dimanche reviennent enfin\n\nPropos recueillis par Léa Marchetti' + body).byline).toEqual([
      'Léa Marchetti',
    ]);
    expect(parseClip('Новый мост не решит старых проблем района\n\nОльга Северцева, главный редактор' + body).byline).toEqual([
      'Ольга Северцева',
    ]);
  });

  it('keeps the full stop of a region’s abbreviation in the dateline, and leaves the abbreviation out of the places', () => {
    const ore = parseClip(`Dam to come down\n\nBRANNOCK FALLS, Ore. — ${body}`);
    expect(ore.dateline).toBe('BRANNOCK FALLS, Ore.');
    expect(ore.places).not.toContain('Ore');
    expect(parseClip(`ELLSWORTH, N.Y., March 3 (AP) — ${body}`).dateline).toBe('ELLSWORTH, N.Y.');
    expect(parseClip(`HALDEN, Norway. — ${body}`).dateline).toBe('HALDEN, Norway');
  });

  it('reads the outlet from a Chinese source line in brackets closing the story, and keeps it out of the body', () => {
    const draft = parseClip(
      '旧桥封闭维修\n\n　　本报讯（记者 罗雨晴）南门旧桥从下周一起封闭维修，预计工期两个月。\n\n　　交警部门提醒，过往车辆请提前绕行。\n\n（来源：南海晚报）',
    );
    expect(draft.source).toBe('南海晚报');
    expect(draft.paragraphs).toHaveLength(2);
  });

  it('keeps the dateline inside the first paragraph', () => {
    const draft = parseClip(`HALDEN, Jan 29 (Reuters) - ${body}`);
    expect(draft.paragraphs[0]).toMatch(/^HALDEN, Jan 29 \(Reuters\) - The committee/u);
    expect(draft.title).toBeNull();
  });

  it('takes a December dateline year from a January timestamp as the year before', () => {
    const draft = parseClip(`2 JAN 2024, 09:00\nRiver works paused for the holidays\nVELSK, December 30. /TASS/. ${body}`);
    expect(draft.date).toBe('2023-12-30');
  });
});

describe('text broken at a fixed width', () => {
  it('keeps each wrapped paragraph whole, however short its lines', () => {
    const text = [
      '-------- Forwarded message --------',
      'From: Sam Ortiz <sam@example.net>',
      'Subject: for the Monday pack',
      '',
      'Tram line to close for summer repairs',
      '',
      'By Lena Marsh',
      'Published: 3 May 2024',
      '',
      'The city will close the eastern tram',
      'line for six weeks from July while',
      'engineers replace worn track, the',
      'transport office said on Friday.',
      '',
      '"Nobody likes a closure, but the rails',
      'are past their life," spokesman Tom',
      'Reyes said.',
      '',
      'Replacement buses will run every ten',
      'minutes at peak hours.',
    ].join('\n');
    const clip = parseClip(text);
    expect(clip.paragraphs).toEqual([
      'The city will close the eastern tram line for six weeks from July while engineers replace worn track, the transport office said on Friday.',
      '"Nobody likes a closure, but the rails are past their life," spokesman Tom Reyes said.',
      'Replacement buses will run every ten minutes at peak hours.',
    ]);
    expect(clip.quotes.map((q) => q.speaker)).toEqual(['Tom Reyes']);
  });

  it('leaves a block of short menu-like lines as lines', () => {
    const menu = ['Home', 'World news', 'Business and markets'];
    const clip = parseClip([...menu, '', body].join('\n'));
    expect(clip.paragraphs.join(' ')).not.toContain('Home World news');
  });
});

describe('a dateline in capitals that the gazetteer does not know', () => {
  it('is read before a day and month closed by a full stop', () => {
    const draft = parseClip(
      'Ярмарку перенесли на субботу\n09:15, 9 мая 2025\n\nВЕРХНЕЗАВОДСК, 9 мая. Городская ярмарка переезжает на набережную из-за ремонта площади, сообщили в администрации.',
    );
    expect(draft.dateline).toBe('ВЕРХНЕЗАВОДСК');
    expect(draft.date).toBe('2025-05-09');
  });
});

describe('datelines of regional and financial papers', () => {
  const read = (text: string) => {
    const d = parseClip(text);
    return { dateline: d.dateline, source: d.source, date: d.date };
  };

  it('leave the Russian and Ukrainian year word with the date', () => {
    expect(
      read('Річки вийшли з берегів\n\nУжгород, 5 квітня 2025 р. — Через дводобові зливи річки вийшли з берегів у чотирьох районах.')
        .dateline,
    ).toBe('Ужгород');
  });

  it('read a town printed in capitals and closed by a full stop, but no short acronym so printed', () => {
    expect(read('Derby gewonnen\n\nWALDBRUNN. Was für ein Abend in der Halle: Der TSV hat das Derby gewonnen.').dateline).toBe('WALDBRUNN');
    expect(read('Gipfel\n\nNATO. Die Allianz tagt heute in der Stadt und berät über den Haushalt.').dateline).toBeNull();
  });

  it('take a Chinese outlet heading the dateline as the source, and the place after it', () => {
    expect(read('银行签约\n\n东海财经网杭州9月18日讯 17日，银行与管委会签署合作协议，未来三年提供授信。')).toMatchObject({
      dateline: '杭州',
      source: '东海财经网',
    });
    expect(read('港口复航\n\n烟台5月6日电 记者从当地获悉，港口已经恢复航运。').dateline).toBe('烟台');
  });
});

describe('a wire dateline in sentences of its own', () => {
  it('reads the known town, the date and the site marker before the dash', () => {
    const draft = parseClip('Лёд\n\nТверь. 9 января. ЛЕНТА.SITE - Спасатели сняли со льдины рыбаков.\n\nЛёд тонкий.');
    expect(draft.dateline).toBe('Тверь');
    const none = parseClip('Лёд\n\nАнна. Пять лет. Спасатели сняли со льдины рыбаков.');
    expect(none.dateline).toBeNull();
  });
});
