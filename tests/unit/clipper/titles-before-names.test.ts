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
