import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../electron/shared/clipper/dateline.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a Chinese wire dateline in lenticular brackets', () => {
  it('reads the agency and the place inside them', () => {
    expect(readDateline('【示例通讯社临沂4月9日电】（记者 钟文海）今年一季度，全市外贸进出口总额同比增长。')).toMatchObject({
      place: '临沂',
      agency: '示例通讯社',
      date: { month: 4, day: 9 },
    });
  });

  it('gives the story its outlet and dateline', () => {
    const draft = parseClip(
      '临沂外贸一季度增长一成\n【示例通讯社临沂4月9日电】（记者 钟文海）今年一季度，全市外贸进出口总额同比增长百分之十，其中机电产品出口增长最快。\n\n海关有关负责人表示，新开通的中欧班列带动了出口。',
    );
    expect(draft.dateline).toBe('临沂');
    expect(draft.source).toBe('示例通讯社');
  });
});

describe('a town the gazetteer does not know, in a wire’s dateline of sentences', () => {
  it('is read when the wire’s name in capitals follows the day', () => {
    expect(readDateline('Верхнеозёрск. 14 мая. ПРИМЕРИНФОРМ - Власти города объявили о ремонте моста.')).toMatchObject({
      place: 'Верхнеозёрск',
      agency: 'ПРИМЕРИНФОРМ',
      date: { month: 5, day: 14 },
    });
  });

  it('is read when the wire’s name runs to a few words in capitals', () => {
    expect(readDateline('Приозерне. 3 грудня. ВІСТІ ПРИКЛАДУ - Міська рада ухвалила бюджет.')).toMatchObject({
      place: 'Приозерне',
      agency: 'ВІСТІ ПРИКЛАДУ',
    });
  });

  it('is not read from a sentence with no wire after it', () => {
    expect(readDateline('Верхнеозёрск. Четыре года. Власти города объявили о ремонте моста.')).toBeNull();
  });
});

describe('a release wire’s label over the issuer', () => {
  it('is furniture, not the headline', () => {
    const draft = parseClip(
      [
        'NEWS PROVIDED BY',
        'Brightwater Analytics',
        'Mar 11, 2025, 09:00 ET',
        'Brightwater Analytics opens data centre in Kelso Bay',
        'KELSO BAY, Canada, March 11, 2025 /Example Release Wire/ -- Brightwater Analytics today opened a data centre in Kelso Bay that will employ 60 people by the end of the year.',
        '',
        'The company said the site runs on power from a nearby hydro plant.',
      ].join('\n'),
    );
    expect(draft.title).toBe('Brightwater Analytics opens data centre in Kelso Bay');
  });
});

describe('a press release’s place and full date before a dash', () => {
  it('is a dateline wherever the town is', () => {
    expect(readDateline('Wendhausen, 12. März 2025 – Die Gemeindewerke Wendhausen bauen einen Solarpark.')).toMatchObject({
      place: 'Wendhausen',
      date: { year: 2025, month: 3, day: 12 },
    });
    expect(readDateline('Larchmont Falls, March 3, 2025 — Example Tools opened a plant on Monday.')).toBeNull();
    expect(readDateline('Jane Roe, March 3, 2025 — Example Tools opened a plant on Monday.')).toBeNull();
  });
});

describe('a French dateline with its month cut short', () => {
  it('leaves the day and the month out of the place', () => {
    expect(readDateline('LILLE, 3 déc (Agence Exemple) - Le conseil a voté mardi le budget.')).toMatchObject({
      place: 'LILLE',
      agency: 'Agence Exemple',
      date: { month: 12, day: 3 },
    });
    expect(readDateline('NANTES, 9 avr (Agence Exemple) - Le conseil a voté mardi le budget.')?.place).toBe('NANTES');
  });
});
