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

  it('lists a ministry with its portfolio in the genitive, in the nominative', () => {
    const draft = parseClip(
      'Haushalt beschlossen\n\nEin Sprecher des Bundesministeriums der Verkehrswege sagte, die Mittel reichten. Auch das Landesministerium des Äußeren stimmte zu.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Bundesministerium der Verkehrswege', 'Landesministerium des Äußeren']));
    expect(draft.organizations).not.toContain('Bundesministerium');
  });

  it('lists a savings bank or a cooperative bank named by its seat', () => {
    const draft = parseClip(
      'Filialen schließen\n\nDer Vorstand der Sparkasse Hollerau und die Volksbank Mittelbrück schließen je drei Filialen, teilte die Kreissparkasse Lornheim mit.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Sparkasse Hollerau', 'Volksbank Mittelbrück', 'Kreissparkasse Lornheim']));
  });

  it('keeps a club’s initials with the two words of its name', () => {
    const draft = parseClip('Derby verloren\n\nDer FC Blauweiß Hollerau verlor am Samstag mit 0:2.');
    expect(draft.organizations).toContain('FC Blauweiß Hollerau');
    expect(draft.organizations).not.toContain('FC');
  });

  it('keeps a ministry’s listed portfolios, an elided compound and a federal court in one name each', () => {
    const draft = parseClip(
      'Windpark gestoppt\n\nDas Bundessozialgericht in Kassel hat entschieden. Nach Zahlen des Thüringischen Landesministeriums für Forsten, Jagd, Fischerei und Tourismus fehlen Flächen. Die Land- und Forstwirtschaftskammer Mittelbrück-Lorn befürchtet Verluste.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Bundessozialgericht',
        'Thüringisches Landesministerium für Forsten, Jagd, Fischerei und Tourismus',
        'Land- und Forstwirtschaftskammer Mittelbrück-Lorn',
      ]),
    );
    for (const part of ['Jagd', 'Tourismus', 'Land']) expect(draft.organizations).not.toContain(part);
    expect(draft.places).not.toContain('Land- und Forstwirtschaftskammer Mittelbrück-Lorn');
  });

  it('reads a party’s group by its initials, a district’s double name and an arena named by its town', () => {
    const draft = parseClip(
      'Umzug geplant\n\nScharfe Kritik kam von der FWG-Fraktion. Der Verein spricht mit dem Landkreis Oberau-Lindental über einen Umzug in die Arena Lindental.',
    );
    expect(draft.organizations).toContain('FWG-Fraktion');
    expect(draft.places).toEqual(expect.arrayContaining(['Oberau-Lindental', 'Arena Lindental']));
  });

  it('reads the place after a place’s kind in the genitive', () => {
    const draft = parseClip('Hochwasser\n\nDer Landrat des Landkreises Lornbach warnte, und die Regierung des Freistaats Thüringen half.');
    expect(draft.places).toEqual(expect.arrayContaining(['Lornbach', 'Thüringen']));
    expect(draft.places.some((p) => /Landkreises|Freistaats/u.test(p))).toBe(false);
  });

  it('reads a body whose head stands before its für, and one in -hilfe, in the nominative', () => {
    const draft = parseClip(
      'Messwerte\n\nEin Sprecher der Lornischen Umwelthilfe widersprach dem Niedersächsischen Landesbetrieb für Deichbau. Die Forscher des Nordsee-Zentrums für Küstenforschung stimmten zu.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Lornische Umwelthilfe',
        'Niedersächsischer Landesbetrieb für Deichbau',
        'Nordsee-Zentrum für Küstenforschung',
      ]),
    );
  });
});
