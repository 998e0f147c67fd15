import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const german = (body: string) =>
  parseClip(
    `Fähre fährt wieder nach Lübeck\n\nVon Wiebke Sorell\n\nLübeck (dpa) - Die Fähre fährt ab Montag wieder, teilte die Reederei mit.\n\n${body}`,
  );

describe('a German body named after a genitive article', () => {
  it('is listed with its kind in the nominative, its name after the kind as written', () => {
    const draft = german('Enttäuscht zeigte sich Ute Harms, Präsidentin des Vereins Moorfreunde Lindental. Sie will klagen.');
    expect(draft.organizations).toContain('Verein Moorfreunde Lindental');
    expect(draft.organizations).not.toContain('Vereins Moorfreunde Lindental');
  });

  it('keeps the field and the town of an office named by both', () => {
    const draft = german('Das Amt für Stadtbäume und Teiche der Stadt Lübeck prüft die Daten. Eine Sprecherin bestätigte das.');
    expect(draft.organizations).toContain('Amt für Stadtbäume und Teiche der Stadt Lübeck');
    expect(draft.organizations).not.toContain('Amt für Stadtbäume und Teiche');
  });

  it('takes a compound body with whose it is before its short form in brackets, and the short form as the same body', () => {
    const draft = german(
      'Das teilte die Fährgesellschaft des Lornsees (FGL) am Donnerstag mit. Die FGL will die Fahrten im Herbst wieder aufnehmen.',
    );
    expect(draft.organizations).toContain('Fährgesellschaft des Lornsees');
    expect(draft.organizations).not.toContain('FGL');
  });
});

describe('an English department of portfolios, one of them a word of bodies', () => {
  it('is one body', () => {
    const text = [
      'Canal locks to close',
      'A spokesperson for the Department of Tourism, Local Government and Sport said the minister was aware of the problem.',
      'He and his colleagues at Kilbrack Lock, Dromlea and Kellan Bridge said they would staff the locks all summer.',
    ].join('\n\n');
    const clip = parseClip(text);
    expect(clip.organizations).toEqual(['Department of Tourism, Local Government and Sport']);
    expect(clip.places).toContain('Kilbrack Lock');
  });
});

describe('a Roman number before a lower-case word', () => {
  it('counts a century, and names no body', () => {
    const text = [
      'Археологи знайшли майстерню',
      'Поблизу села Дубове археологи розкопали залишки ювелірної майстерні VI століття до нашої ери, повідомив Інститут археології НАН України.',
    ].join('\n\n');
    expect(parseClip(text).organizations).not.toContain('VI');
  });
});

describe('a Russian or Ukrainian body', () => {
  it('ends before a conjunction right after its head noun', () => {
    const text = [
      'Трамвайную линию продлят',
      'Линию построят за счёт кредита Европейского инвестиционного банка и городского бюджета, сообщили в мэрии.',
    ].join('\n\n');
    const clip = parseClip(text);
    expect(clip.organizations).toContain('Европейский инвестиционный банк');
    expect(clip.organizations.some((o) => o.includes('городск'))).toBe(false);
  });

  it('keeps the person it is named after, and not the person after it', () => {
    const text = [
      'Студенти знайшли скарб',
      'Аспірантка Житомирського національного університету імені Івана Франка Олена Руденко розчищала від землі глиняну форму.',
    ].join('\n\n');
    expect(parseClip(text).organizations).toContain('Житомирський національний університет імені Івана Франка');
  });
});

describe('Chinese bodies', () => {
  it('are two when a whole name stands before the 和', () => {
    const text = ['环湖赛开跑', '本届赛事由临川省体育局和澜川州人民政府共同主办，共有两万名选手参赛。'].join('\n\n');
    const orgs = parseClip(text).organizations;
    expect(orgs).toEqual(expect.arrayContaining(['临川省体育局', '澜川州人民政府']));
    expect(orgs).not.toContain('临川省体育局和澜川州人民政府');
  });

  it('name a firm counted by its kind by its registered name, and its short forms as the same bodies', () => {
    const text = [
      '印染企业被判赔偿',
      '9月17日，青州市中级人民法院判令一家印染企业青州澜清印染有限公司赔偿生态环境修复费用共计300万元。',
      '法院审理查明，澜清公司为节省成本，将废水直接排入河道。青州中院有关负责人表示，将跟踪修复工程。',
    ].join('\n\n');
    const orgs = parseClip(text).organizations;
    expect(orgs).toEqual(expect.arrayContaining(['青州市中级人民法院', '青州澜清印染有限公司']));
    expect(orgs).not.toContain('澜清公司');
    expect(orgs).not.toContain('青州中院');
  });
});

describe('a German club named with its founding year', () => {
  it('keeps the year in the name', () => {
    const draft = german('Er verwaltete die Finanzen des Segelvereins Lornsee von 1892, sagte der Richter.');
    expect(draft.organizations).toContain('Segelverein Lornsee von 1892');
    expect(draft.organizations).not.toContain('Segelverein Lornsee');
  });
});

describe('a unit or a time zone after a number', () => {
  it('names no body', () => {
    const text = [
      'Battery deal signed',
      'Norvik Storage will build a 200 MW battery at the port, the company said on Monday. Its shares rose 4% by 0810 GMT.',
    ].join('\n\n');
    const orgs = parseClip(text).organizations;
    expect(orgs).not.toContain('MW');
    expect(orgs).not.toContain('GMT');
  });
});

describe('French bodies', () => {
  it('keep a ministry’s second portfolio, a field after a capitalised Service and an association’s place', () => {
    const text = [
      'Le pont fermé aux camions',
      '« C’est terminé », a indiqué le directeur du Service du génie, Paul Roy. Le ministère des Routes et de la Mobilité durable a été prévenu.',
      'L’Association du camionnage du Val-Dorin regrette la décision.',
    ].join('\n\n');
    expect(parseClip(text).organizations).toEqual(
      expect.arrayContaining([
        'Service du génie',
        'ministère des Routes et de la Mobilité durable',
        'Association du camionnage du Val-Dorin',
      ]),
    );
  });

  it('read a university after à l’ and a Eurométropole as bodies, and not a lower-case name cut short', () => {
    const text = [
      'Le pont fermé',
      'Jean Heim, étudiant à l’université de Sorvaz, attend le bus. La vice-présidente de l’Eurométropole de Sorvaz est venue.',
      'Marc Roux, prévisionniste au Service de prévision des crues Sorle amont, suit la rivière.',
    ].join('\n\n');
    const orgs = parseClip(text).organizations;
    expect(orgs).toEqual(expect.arrayContaining(['université de Sorvaz', 'Eurométropole de Sorvaz']));
    expect(orgs).not.toContain('Service de prévision');
  });
});

describe('a Ukrainian branch named by the region it serves after в', () => {
  it('keeps the region in the name', () => {
    const text = [
      'Міст відбудують',
      'Проєкт погодили зі Службою відновлення та розвитку інфраструктури в Липовецькій області, повідомив голова громади.',
    ].join('\n\n');
    expect(parseClip(text).organizations).toContain('Служба відновлення та розвитку інфраструктури в Липовецькій області');
  });

  it('takes no quoted words in lower case after a company’s kind as its name', () => {
    const text = [
      'Фермери скаржаться',
      'Фермери продають кукурудзу на елеватори холдингу «за ціною, яку нам диктують», сказав Іван Коваль.',
    ].join('\n\n');
    expect(parseClip(text).organizations.some((o) => o.includes('ціною'))).toBe(false);
  });
});

describe('a body named again as the parent of a branch', () => {
  it('is listed through the branch alone', () => {
    const text = [
      'Завод оштрафовали',
      'Иск подало Северное межрегиональное управление Ростехконтроля. По данным Ростехконтроля, завод сбрасывал стоки три года.',
      'Пробы изучили в Институте геохимии СО РАН, сообщили в Институте.',
    ].join('\n\n');
    const orgs = parseClip(text).organizations;
    expect(orgs).toContain('Северное межрегиональное управление Ростехконтроля');
    expect(orgs).not.toContain('Ростехконтроль');
    expect(orgs).not.toContain('СО РАН');
  });
});

describe('a national or nature park in quotation marks', () => {
  it('is a body, listed with its kind in the nominative', () => {
    const text = [
      'Смотровую площадку построят',
      'Министерство экологии совместно с природным парком «Река Сорва» планирует обустроить новую тропу, сообщили в ведомстве.',
    ].join('\n\n');
    expect(parseClip(text).organizations).toContain('природный парк «Река Сорва»');
  });
});

describe('a Chinese outlet someone tells in quotation marks', () => {
  it('is a body', () => {
    const text = ['老渡轮停航', '澜州轮渡公司副总经理孙立平告诉“澜江观察”，客渡航线仍将保留，公司还计划把部分旧船改造成展示船。'].join(
      '\n\n',
    );
    expect(parseClip(text).organizations).toContain('澜江观察');
  });
});
