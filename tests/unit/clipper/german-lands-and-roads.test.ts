import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('German lakes, lands, regions and roads', () => {
  it("reads a lake or a land named by a town's adjective as a place", () => {
    const draft = parseClip('Segler warten\n\nDie Boote bleiben am Ammerser See und in der Lorbacher Heide liegen.');
    expect(draft.places).toEqual(expect.arrayContaining(['Ammerser See', 'Lorbacher Heide']));
  });

  it("reads a glacier, a harbour, an old town or a fish market named by a town's adjective as a place", () => {
    const draft = parseClip(
      'Saison beginnt\n\nAm Lorbacher Gletscher liegt kaum Schnee. Der Ammerser Hafen und die Velmarer Altstadt sind voll, der Ostheimer Fischmarkt auch.',
    );
    expect(draft.places).toEqual(
      expect.arrayContaining(['Lorbacher Gletscher', 'Ammerser Hafen', 'Velmarer Altstadt', 'Ostheimer Fischmarkt']),
    );
    expect(draft.people).not.toContain('Lorbacher Gletscher');
  });

  it('reads a country or a region in the genitive as the place, in its nominative', () => {
    const draft = parseClip(
      'Warnung verlängert\n\nDer Wetterdienst warnt für die Küsten Niedersachsens bis Freitag. Die Exporte Österreichs steigen, auch Hessens Bauern klagen.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Niedersachsen', 'Österreich', 'Hessen']));
    expect(draft.places.some((p) => /s$/u.test(p))).toBe(false);
  });

  it('gives a street named by an adjective in its nominative', () => {
    const draft = parseClip(
      'Wasser in der Stadt\n\nTeile der Breiten Hafenstraße stehen unter Wasser. Am Hohen Weg ist die Zufahrt gesperrt.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Breite Hafenstraße', 'Hoher Weg']));
    expect(draft.places.some((p) => /en /u.test(p))).toBe(false);
  });

  it('reads a part of a known region and a land in -gau after und dem as places', () => {
    const draft = parseClip('Viele Kläger\n\nDie Anleger kommen aus Oberbayern und dem Lorngau.');
    expect(draft.places).toEqual(expect.arrayContaining(['Oberbayern', 'Lorngau']));
  });

  it('reads the name after a foreign region, an island or a motorway as a place, and a numbered road alone', () => {
    const draft = parseClip(
      'Neue Zufahrt\n\nDie Woiwodschaft Pomorze plant mit der Insel Varnholm eine neue Zufahrt von der Autobahn A7. Die B96 bleibt gesperrt.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Pomorze', 'Varnholm', 'A7', 'B96']));
    expect(draft.organizations).not.toContain('Autobahn A7');
  });
});

describe('German words that open a sentence or date a plan', () => {
  it('reads no place in man opening a sentence, nor in a noun before a year', () => {
    const draft = parseClip('Brücke später fertig\n\nDie Brücke soll bis Ende 2027 fertig sein. Man bedauere die Verzögerung, hieß es.');
    expect(draft.places).not.toContain('Ende');
    expect(draft.places).not.toContain('Man');
  });
});
