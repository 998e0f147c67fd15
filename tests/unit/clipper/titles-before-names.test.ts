import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a title before a name in German', () => {
  it('is not part of the person’s name', () => {
    const text = [
      'Neues Labor für Brennstoffzellen am Nordhafen',
      'Wissenschaftlich begleitet wird das Vorhaben von der Hochschule Nordhafen. Professorin Jana Berghoff vom Institut für Schiffstechnik wird drei Jahre lang den Verbrauch messen.',
      '„Uns interessiert vor allem, wie sich die Zellen im Winter verhalten“, so Berghoff. Die Stadt beteiligt sich mit zwei Millionen Euro an dem Labor.',
    ].join('\n\n');
    const clip = parseClip(text);
    expect(clip.people).toEqual(['Jana Berghoff']);
    expect(clip.quotes.map((q) => q.speaker)).toEqual(['Jana Berghoff']);
  });
});

describe('a title before a name, or alone', () => {
  it('makes no organisation of the person it titles, nor of itself opening a sentence', () => {
    const english = parseClip(
      [
        'Grid operator imports more power for the winter',
        'The grid operator said on Tuesday that repairs to two substations would finish before the cold weather.',
        'Energy Minister Oleksa Marchuk said separately that imports from neighbouring countries would rise this winter.',
      ].join('\n\n'),
    );
    expect(english.organizations).not.toContain('Energy Minister Oleksa Marchuk');
    const ukrainian = parseClip(
      [
        'Уряд виділив кошти на укриття у школах',
        'Кабінет Міністрів України ухвалив рішення про виділення коштів на укриття у школах.',
        'Міністр розвитку громад Андрій Савчин уточнив, що відбір об’єктів проведуть обласні адміністрації.',
      ].join('\n\n'),
    );
    expect(ukrainian.organizations).not.toContain('Міністр');
  });
});
