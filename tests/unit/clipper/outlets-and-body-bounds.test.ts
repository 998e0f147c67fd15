import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Chinese bodies: outlets, offices and where a name starts', () => {
  it('reads a daily, a service office and a management committee by their suffix', () => {
    const draft = parseClip(
      '河道整治启动\n\n居民向澜州日报反映，河水异味已持续一个月。澜州市民政局养老服务处表示将跟进。青岭风景区管委会称，步道下月开放。',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['澜州日报', '澜州市民政局养老服务处', '青岭风景区管委会']));
  });

  it('starts a name after the rule one goes by or the deal one makes, and keeps a school with its university', () => {
    const draft = parseClip(
      '新配方饲料投产\n\n一家饲料企业按照澜江大学提供的配方生产。青岚科技以两亿元收购澜州晶石电子有限公司。澜江大学公共政策与管理学院的研究人员参与评估。',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['澜江大学', '澜州晶石电子有限公司', '澜江大学公共政策与管理学院']));
    expect(draft.organizations.some((o) => /^(?:按照|亿元|两亿)/u.test(o))).toBe(false);
  });
});

describe('Ukrainian body names end before a phrase of manner', () => {
  it('does not read `з проханням …` into the ministry it is addressed to', () => {
    const draft = parseClip(
      'Завод зупинився\n\nПрофспілка звернулася до Міністерства розвитку громад та територій України з проханням допомогти працівникам.',
    );
    expect(draft.organizations).toContain('Міністерство розвитку громад та територій України');
    expect(draft.organizations.some((o) => o.includes('проханням'))).toBe(false);
  });
});

describe('Outlets named as whom someone speaks to', () => {
  it('reads a paper someone told as a body, not a person', () => {
    const draft = parseClip('Ferry plan shelved\n\nThe harbourmaster told Quayside Daily that the plan was dead.');
    expect(draft.organizations).toContain('Quayside Daily');
    expect(draft.people).not.toContain('Quayside Daily');
  });

  it('reads a broadcaster one is interviewed by in French and one spoken to in German', () => {
    const fr = parseClip('Le pont reste fermé\n\nInterrogée par Radio Vallon Sud, la maire a dénoncé le projet.');
    expect(fr.organizations).toContain('Radio Vallon Sud');
    const de = parseClip('Brücke bleibt gesperrt\n\nDer Bürgermeister sagte dem Talbote Kurier, die Brücke bleibe gesperrt.');
    expect(de.organizations).toContain('Talbote Kurier');
  });
});

describe('Russian and Ukrainian bodies by kind, legal form and region', () => {
  it('reads a state enterprise by its legal form, and a monastery and an inspectorate by their head', () => {
    const draft = parseClip(
      'Аэродром отремонтируют\n\nСодержание аэродрома взяло на себя ФКП «Аэропорты Заречья». Настоятель Лесогорского монастыря просил о рейсах. Проверку начала Лесогорская экологическая инспекция.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Лесогорский монастырь', 'Лесогорская экологическая инспекция']));
    expect(draft.organizations.some((o) => o.endsWith('Аэропорты Заречья'))).toBe(true);
  });

  it('reads a lower-case prosecutor’s office of a region, and the region’s ministry as the one region the story names', () => {
    const draft = parseClip(
      'Рейсы подешевеют\n\nБилеты для жителей Заречной области подешевеют, сообщили в министерстве транспорта региона. Проверку начала прокуратура Заречной области.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['министерство транспорта Заречной области', 'прокуратура Заречной области']),
    );
    expect(draft.organizations.some((o) => o.endsWith('региона'))).toBe(false);
  });

  it('does not list a service named inside its regional office’s name as a body of its own', () => {
    const draft = parseClip(
      'Подрядчика проверят\n\nПроверку подрядчика начало Управление Федеральной антимонопольной службы по Заречной области.',
    );
    expect(draft.organizations).toContain('Управление Федеральной антимонопольной службы по Заречной области');
    expect(draft.organizations).not.toContain('Федеральная антимонопольная служба');
  });
});

describe('French and German bodies named by lower-case words', () => {
  it('keeps a French body’s listed purposes and its field’s own adjectives', () => {
    const draft = parseClip(
      "Les stocks baissent\n\nSelon l'Institut régional de recherche pour l'agriculture, la forêt et l'environnement, les stocks baissent. L'Association agréée des pêcheurs professionnels des étangs lorrains proteste.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        "Institut régional de recherche pour l'agriculture, la forêt et l'environnement",
        'Association agréée des pêcheurs professionnels des étangs lorrains',
      ]),
    );
  });

  it('reads a German body whose field after `für` opens on an adjective', () => {
    const draft = parseClip('Weiterbildung geplant\n\nDie Hochschule für angewandte Wissenschaften Lorntal will mit dem Werk sprechen.');
    expect(draft.organizations).toContain('Hochschule für angewandte Wissenschaften Lorntal');
    expect(draft.places).not.toContain('Wissenschaften Lorntal');
  });
});

describe('Initials of a job are no body', () => {
  it('does not list a family doctor’s `GP` as an organisation', () => {
    const draft = parseClip('Clinics stay open\n\nGP surgeries in Lornton are open as usual, the council said. Two GPs have left.');
    expect(draft.organizations.some((o) => /^GPs?$/u.test(o))).toBe(false);
  });
});
