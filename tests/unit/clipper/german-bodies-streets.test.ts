import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('German bodies named by their seat, streets, and a spokesman speaking for a body', () => {
  const draft = parseClip(
    'Einbruch in Apotheke\n\nNach Angaben der Polizeiinspektion Lüneburg wurde in der Nacht eine Apotheke an der Bardowicker Straße aufgebrochen. „Die Täter kannten sich aus“, sagte ein Sprecher der Staatsanwaltschaft Lüneburg.\n\nDie Ermittler suchen nun Zeugen, die in der Nacht am Marktplatz etwas gesehen haben.',
  );

  it('lists a body named by its kind and its seat as an organisation', () => {
    expect(draft.organizations).toEqual(expect.arrayContaining(['Polizeiinspektion Lüneburg', 'Staatsanwaltschaft Lüneburg']));
  });

  it('lists a street named by an adjective and its noun as a place', () => {
    expect(draft.places).toContain('Bardowicker Straße');
  });

  it('credits the words of an unnamed spokesman to the body he speaks for, and lists no person', () => {
    expect(draft.quotes).toEqual([{ speaker: 'Staatsanwaltschaft Lüneburg', text: 'Die Täter kannten sich aus' }]);
    expect(draft.people).toEqual([]);
  });
});

describe('German sites and inverted attributions', () => {
  const draft = parseClip(
    'Streik am Flughafen\n\nDer Flughafen Lüneburg-Nord meldete am Morgen Ausfälle.\n\nBetriebsratschef Karl Steding zeigte sich kämpferisch. Man werde „bis zum Ende“ streiken, sagte er der Lokalzeitung.',
  );

  it('reads an airport named after its town as a place', () => {
    expect(draft.places).toContain('Flughafen Lüneburg-Nord');
  });

  it('credits a fragment to the subject after the verb that follows its clause and comma', () => {
    expect(draft.quotes).toEqual([{ speaker: 'Karl Steding', text: 'bis zum Ende' }]);
  });
});

describe('a party member’s job before a name', () => {
  it('leaves a compound job (CDU-Politiker, SPD-Chef) out of the name and its quote’s speaker', () => {
    const draft = parseClip(
      'Streit im Landtag\n\nDie Regierung verteidigte den Haushalt am Mittwoch.\n\n"Das ist ein schwarzer Tag", sagte der CDU-Politiker Jens Kamieth. Auch SPD-Chef Tobias Lenz übte Kritik.',
    );
    expect(draft.people).toEqual(expect.arrayContaining(['Jens Kamieth', 'Tobias Lenz']));
    expect(draft.people.some((p) => p.includes('-'))).toBe(false);
    expect(draft.quotes[0]?.speaker).toBe('Jens Kamieth');
  });
});

describe('German houses of a town named by their seat', () => {
  it('lists a museum, a clinic, a fire brigade and a college named by their seat, adjectives and the genitive undone', () => {
    const draft = parseClip(
      'Brand im Depot\n\nIm Depot des Stadtmuseums Ahlborn brach am Montag Feuer aus. Die Freiwillige Feuerwehr Kettwitz löschte den Brand, ein Helfer kam ins Städtische Klinikum Ahlborn. Ein Sprecher der Technischen Hochschule Ahlborn sagte, die Schäden seien gering.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Stadtmuseum Ahlborn',
        'Freiwillige Feuerwehr Kettwitz',
        'Städtisches Klinikum Ahlborn',
        'Technische Hochschule Ahlborn',
      ]),
    );
    expect(draft.organizations).not.toContain('Feuerwehr');
  });
});

describe('German bodies named only in a role', () => {
  it('lists the initials hyphened to a role as the body, and the person as a person', () => {
    const draft = parseClip(
      'Rat\n\n„Das ist zu teuer“, sagte der XYZ-Abgeordnete Heinz Kolbe. Der QRS-Fraktionschef Uwe Marten widersprach.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['XYZ', 'QRS']));
    expect(draft.people).toEqual(['Heinz Kolbe', 'Uwe Marten']);
    expect(draft.quotes[0]!.speaker).toBe('Heinz Kolbe');
  });

  it('credits a quote to the person after the role, with no article before it', () => {
    const draft = parseClip('Streik\n\n„Wir haben dreimal verhandelt“, sagte XYZ-Verhandlungsführer Heinz Kolbe vor den Streikenden.');
    expect(draft.quotes[0]!.speaker).toBe('Heinz Kolbe');
  });
});
