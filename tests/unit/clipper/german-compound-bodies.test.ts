import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('German bodies written as one compound, by initials before a role, or by a list of portfolios', () => {
  it('reads a compound ending in a body’s part as a body, hyphened to a place too', () => {
    const draft = parseClip(
      'Grenze kontrolliert\n\nAuch die Wasserschutzpolizei kontrolliert die Boote. Die Lornsee-Verkehrsbetriebe passen ihren Fahrplan an, und der Steuerzahlerbund übt Kritik.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Wasserschutzpolizei', 'Lornsee-Verkehrsbetriebe', 'Steuerzahlerbund']));
  });

  it('reads the party before a hyphened role as a body', () => {
    const draft = parseClip(
      'Deiche halten\n\nHAMBURG (dpa) - Die Lage an der Elbe ist ernst, sagte der CDU-Politiker am Montag im Lagezentrum der Stadt.',
    );
    expect(draft.organizations).toContain('CDU');
  });

  it('joins a ministry’s portfolios written as adjective and noun, closed by its land', () => {
    const draft = parseClip(
      'Studie gefördert\n\nDie Studie wurde vom Ministerium für Umwelt, Ländlicher Raum und Verbraucherschutz Sachsen gefördert.',
    );
    expect(draft.organizations).toContain('Ministerium für Umwelt, Ländlicher Raum und Verbraucherschutz Sachsen');
  });

  it('joins two towns a body serves, written with a slash', () => {
    const draft = parseClip('Neue Brücke\n\nDie Hochschule Sigmaringen/Hechingen soll die Bauarbeiten begleiten.');
    expect(draft.organizations).toContain('Hochschule Sigmaringen/Hechingen');
  });

  it('gives a firm’s name before its legal form in the nominative', () => {
    const draft = parseClip('Fähre fällt aus\n\nDas teilte die Leitung des Norddeutschen Lotsendienstes GmbH am Montag mit.');
    expect(draft.organizations).toContain('Norddeutscher Lotsendienst GmbH');
  });
});

describe('German courts numbered after their seat, and a town before a capitalised noun', () => {
  it('reads a court or prosecution numbered after its town as one body', () => {
    const draft = parseClip(
      'Urteil gefallen\n\nDas Landgericht Lornstadt II hat den Gründer verurteilt, wie die Staatsanwaltschaft Lornstadt II mitteilte.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Landgericht Lornstadt II', 'Staatsanwaltschaft Lornstadt II']));
  });

  it('reads the town after aus alone when the run goes on into a noun', () => {
    const draft = parseClip(
      'Urteil gefallen\n\nDie Kammer sah es als erwiesen an, dass der Mann aus Sigmaringen Anleger um ihr Geld gebracht hat.',
    );
    expect(draft.places).toContain('Sigmaringen');
  });
});

describe('German words a body’s kind only sits inside', () => {
  it('are no bodies: the kind alone, its plural or dative, or a word holding its letters', () => {
    const draft = parseClip(
      [
        'Sturm in Lindau',
        'Lindau. Die Beamten zählten bis zum Morgen rund 60 Autos. Viele Träger sind kleine Vereine mit nur einer Einrichtung. „Es wird länger dauern“, hieß es von den Stadtwerken. Ein Wald denkt in Jahrhunderten, ein Ministerium in Wahlperioden. Das kündigte das Unternehmen bei einer Veranstaltung an.',
      ].join('\n\n'),
    );
    expect(draft.organizations).toEqual([]);
  });

  it('still reads a compound ending in the kind as a body', () => {
    const draft = parseClip('Kartell geprüft\n\nDas Bundeskartellamt prüft die Übernahme, teilte das Umweltbundesamt mit.');
    expect(draft.organizations).toEqual(expect.arrayContaining(['Bundeskartellamt', 'Umweltbundesamt']));
  });
});
