import { describe, expect, it } from 'vitest';
import { readPrintFooter } from '../../../electron/shared/clipper/print-footer.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { layOut } from '../../../electron/shared/clipper/layout.js';
import { splitLines } from '../../../electron/shared/clipper/lines.js';

describe('a printed page’s footer naming the paper, its issue and the day', () => {
  it('gives the paper and the date', () => {
    expect(readPrintFooter('«Вечерний курьер», № 12 (904), 3 марта 2025 г.')).toMatchObject({
      outlet: 'Вечерний курьер',
      date: { year: 2025, month: 3, day: 3 },
    });
    expect(readPrintFooter("L'Écho de l'Étang — édition de Bourg, jeudi 6 février 2025")).toMatchObject({ outlet: "L'Écho de l'Étang" });
    expect(readPrintFooter('Le Courrier du Lac — édition de Bourg, jeudi 6 février 2025')).toMatchObject({
      outlet: 'Le Courrier du Lac',
      date: { year: 2025, month: 2, day: 6 },
    });
    expect(readPrintFooter('Example Herald, page 4, March 3, 2025', true)).toMatchObject({ outlet: 'Example Herald' });
  });

  it('gives the paper and the date from a Chinese e-edition’s line under the story', () => {
    expect(readPrintFooter('《滨江晚报》2026年12月04日　第05版　城事')).toMatchObject({
      outlet: '滨江晚报',
      date: { year: 2026, month: 12, day: 4 },
    });
    expect(readPrintFooter('《滨江晚报》2026年12月04日')).toMatchObject({ outlet: '滨江晚报' });
    expect(readPrintFooter('《城市规划条例》2026年12月04日')).toBeNull();
  });

  it('is not a sentence or a dateline that names a place and a day', () => {
    expect(readPrintFooter('Paris, 12 mars 2025')).toBeNull();
    expect(readPrintFooter('Example Herald, which closed in 2019, reopened on March 3, 2025', true)).toBeNull();
    expect(readPrintFooter('Le Courrier du Lac — édition de Bourg')).toBeNull();
  });

  it('is the source and the date of a story that gives them nowhere else', () => {
    const text = [
      'Le marché couvert rouvre après deux ans de travaux',
      'Par Lise Morvan',
      'Les commerçants ont retrouvé leurs étals mardi matin, deux ans après la fermeture du marché couvert pour des travaux de toiture.',
      '« Nous avons attendu longtemps, mais le résultat est là », a déclaré le maire, Paul Ravel.',
      'La ville a investi 4 millions d’euros dans le chantier, financé en partie par la région.',
      'Le Courrier du Lac — édition de Bourg, jeudi 6 février 2025',
    ].join('\n');
    const clip = parseClip(text);
    expect(clip.source).toBe('Le Courrier du Lac');
    expect(clip.date).toBe('2025-02-06');
  });

  it('names the paper even where its line reads as a plain date line', () => {
    const text = [
      'Банк даст заводу кредит на новый цех',
      'Мария Лебедева',
      'Банк «Северный кредит» выдаст заводу 2,4 млрд рублей на строительство нового цеха, сообщили в пресс-службе банка.',
      'Строительство начнётся весной и займёт два года, рассказал директор завода Пётр Осипов.',
      '«Вечерний курьер», № 44 (1187), 5 ноября 2025 г.',
    ].join('\n');
    const clip = parseClip(text);
    expect(clip.source).toBe('Вечерний курьер');
    expect(clip.date).toBe('2025-11-05');
  });

  it('is read by the layout, which hands on the paper with the date', () => {
    const lines = splitLines(
      [
        'Des bancs neufs au jardin public',
        'La ville a installé lundi vingt bancs neufs au jardin public, et une dizaine d’autres suivront au printemps, selon la mairie.',
        'Le Courrier de la Combe — édition de Nantua, mardi 4 mars 2025',
      ].join('\n'),
    );
    const layout = layOut(lines, false);
    const footer = lines.findIndex((l) => l.text.startsWith('Le Courrier de la Combe'));
    expect(layout.roles[footer]).toBe('date');
    expect([...layout.printOutlets]).toEqual([[footer, 'Le Courrier de la Combe']]);
  });
});

describe('a programme’s title with its day', () => {
  it('is no paper’s footer', () => {
    expect(readPrintFooter('Example National News for Tuesday, March 3, 2025', true)).toBeNull();
  });
});
