import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a body speaking through its office', () => {
  it('credits a Russian quotation from a press office to the body it names', () => {
    const draft = parseClip(
      'Суд взыскал долг\n\nАрбитражный суд Тверской области взыскал с застройщика 300 млн рублей по иску банка «Озёрный».\n\n«Суд признал требования истца обоснованными в полном объеме», - уточнили в пресс-службе суда. Решение может быть обжаловано.',
    );
    expect(draft.quotes).toEqual([
      { speaker: 'Арбитражный суд Тверской области', text: 'Суд признал требования истца обоснованными в полном объеме' },
    ]);
  });

  it('credits a Ukrainian quotation from a representation to the body, not the country it sits in', () => {
    const draft = parseClip(
      'Кредит на станцію\n\nМіжнародний фонд відновлення надасть компанії «Сонцебуд» кредит на сонячну станцію.\n\nУ представництві Міжнародного фонду відновлення в Україні зазначили, що проєкт «підвищить стійкість енергосистеми регіону». Торік фонд підписав 30 угод.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Міжнародний фонд відновлення', text: 'підвищить стійкість енергосистеми регіону' }]);
  });
});

describe('an unnamed spokesperson of a public body', () => {
  it('credits the council named before for a council spokesperson, but no firm for a company representative', () => {
    const council = parseClip(
      'Bin collections cut\n\nMarsh Vale District Council voted to collect bins every three weeks.\n\nA council spokesperson said the plan "was advertised in every library in the district."',
    );
    expect(council.quotes).toEqual([{ speaker: 'Marsh Vale District Council', text: 'was advertised in every library in the district.' }]);
    const firm = parseClip(
      'Turbines approved\n\nNorthwind Renewables will build six turbines near Keld.\n\nOne crofter said a company representative had told him the turbines would be "barely visible from the village."',
    );
    expect(firm.quotes[0]!.speaker).not.toBe('Northwind Renewables');
  });
});

describe('a body named after the verb in another case', () => {
  it('credits the body in the nominative, its whole name, in Russian and Ukrainian', () => {
    const ru = parseClip(
      'Мост закрыт\n\nМост через Волжанку закрыли в понедельник.\n\n«Мост небезопасен, движение запрещено», — сообщили в пресс-службе Министерства транспорта региона.',
    );
    expect(ru.quotes).toEqual([{ speaker: 'Министерство транспорта региона', text: 'Мост небезопасен, движение запрещено' }]);
    const uk = parseClip(
      'Міст закрили\n\nМіст через Вільшанку закрили в понеділок.\n\n«Міст небезпечний, рух заборонено», — повідомили в Міністерстві транспорту області.',
    );
    expect(uk.quotes).toEqual([{ speaker: 'Міністерство транспорту області', text: 'Міст небезпечний, рух заборонено' }]);
  });
});

describe('a person named after the body they head', () => {
  it('credits the person, not the declined body before the name', () => {
    const draft = parseClip(
      'Міст закрили\n\nМіст через Вільшанку закрили в понеділок.\n\n«Опори мосту поки тримають, але ми не будемо ризикувати людьми», — заявив начальник Управління порятунку району Петро Гай.',
    );
    expect(draft.quotes[0]!.speaker).toBe('Петро Гай');
  });
});

describe('a body pointed back to by its kind or the head of its compound name', () => {
  it('credits a German quotation from the ministry to the compound-named ministry', () => {
    const draft = parseClip(
      'Brücke gesperrt\n\nDas Verkehrsministerium Talland sperrte die Brücke am Montag.\n\n„Die Brücke ist nicht mehr sicher“, hieß es aus dem Ministerium.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Verkehrsministerium Talland', text: 'Die Brücke ist nicht mehr sicher' }]);
  });

  it('credits a Russian quotation from the agency’s statement to the body last named, though it did not speak', () => {
    const draft = parseClip(
      'Мост закрыт\n\nМинистерство транспорта области закрыло мост через Волжанку.\n\n«Мост небезопасен для движения», — говорится в сообщении ведомства.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Министерство транспорта области', text: 'Мост небезопасен для движения' }]);
  });
});

describe('the management speaking for a body', () => {
  it('credits a French quotation from « la direction du port » to the port named before', () => {
    const draft = parseClip(
      'Grève au port\n\nLes dockers du Grand port maritime de Sorlène bloquent les quais depuis lundi.\n\nLa direction du port a indiqué dans un communiqué que « la sécurité des installations reste garantie ».',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Grand port maritime de Sorlène', text: 'la sécurité des installations reste garantie' }]);
  });
});

describe('a body pointed back to by the kind it was named after', () => {
  it('credits a Russian quotation from « в компании » to the company named in quotation marks after its kind', () => {
    const draft = parseClip(
      'Кредит\n\nКомпания «Степной овёс» получила кредит на строительство элеватора.\n\n«Деньги пойдут на элеватор и сушилку», — пояснили в компании.',
    );
    expect(draft.quotes).toEqual([{ speaker: 'Степной овёс', text: 'Деньги пойдут на элеватор и сушилку' }]);
  });
});
