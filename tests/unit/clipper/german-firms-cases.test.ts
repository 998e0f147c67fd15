import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('German firms and bodies back in the form they are listed under', () => {
  it('keeps a firm closed by its legal form as registered, a partnership’s & Co. KG included', () => {
    const draft = parseClip(
      'Übernahme in Sicht\n\nDer Vorstand der Tarnhoven Holding AG will die Werkstätten der Pelzig Logistik GmbH kaufen. Die Möbelhaus Ralinger GmbH & Co. KG schließt dagegen zum Jahresende.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Tarnhoven Holding AG', 'Pelzig Logistik GmbH', 'Möbelhaus Ralinger GmbH & Co. KG']),
    );
    expect(draft.organizations).not.toContain('KG');
    expect(draft.organizations).not.toContain('Tarnhove Holding AG');
  });

  it('leaves a preposition holding an article, which opens the sentence, out of the body’s name', () => {
    const draft = parseClip(
      'Anträge gestiegen\n\nDie Zahl der Anträge ist gestiegen. Beim Landesamt für Statistik gingen im Mai mehr Meldungen ein. Vom Zentrum für Küstenforschung kam Kritik.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Landesamt für Statistik', 'Zentrum für Küstenforschung']));
    expect(draft.organizations.some((o) => /^(?:Beim|Vom) /u.test(o))).toBe(false);
  });
});
