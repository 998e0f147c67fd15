import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('rivers, bridges and numbered roads', () => {
  it('reads a capitalised word along, on or up the water as a place', () => {
    const draft = parseClip(
      'Barge costs rise\n\nShippers struggle with low water on the Wendel, and cruise ships moor at the quays along the Sorle. A tug sailed up the Tarrow, said Ann Lee.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Wendel', 'Sorle', 'Tarrow']));
  });

  it('reads what a bridge crosses as water, and no compound naming a kind of bridge', () => {
    const draft = parseClip(
      'Neue Brücke in Kassel\n\nDie neue Behelfsbrücke über die Morvel kommt später. Die zweite Hubbrücke über die Losse ist fertig, sagte Wiebke Sorell. Die Klappbrücke bleibt gesperrt.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Kassel', 'Morvel', 'Losse']));
    expect(draft.places).not.toContain('Behelfsbrücke');
    expect(draft.places).not.toContain('Hubbrücke');
    expect(draft.places).not.toContain('Klappbrücke');
  });

  it('reads no place from a tram’s or a light railway’s bridge, though a headline opens on it', () => {
    const draft = parseClip(
      'Straßenbahnbrücke über die Morvel bleibt gesperrt\n\nDie Straßenbahnbrücke in Kassel bleibt bis Januar zu. Die Stadtbahnbrücke über die Losse ist offen, sagte Wiebke Sorell.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Kassel', 'Morvel']));
    expect(draft.places).not.toContain('Straßenbahnbrücke');
    expect(draft.places).not.toContain('Stadtbahnbrücke');
  });

  it('knows a river from the other names of the towns on it', () => {
    const draft = parseClip('Hochwasser in Eisenach\n\nDie Werra steigt weiter, sagte Wiebke Sorell am Montag in Kassel.');
    expect(draft.places).toContain('Werra');
  });

  it('reads roads by their letter and number where the text puts a road', () => {
    const de = parseClip('Stau bei Kassel\n\nDer Verkehr staut sich auf der A 71 und auf der Bundesstraße B 83, sagte Wiebke Sorell.');
    expect(de.places).toEqual(expect.arrayContaining(['A 71', 'B 83']));
    const fr = parseClip(
      "Route coupée dans le Var\n\nUn pont s'est effondré sur la D25, et les camions passent par la route 132, a dit Marie Roux.",
    );
    expect(fr.places).toEqual(expect.arrayContaining(['D25', 'route 132']));
    const en = parseClip(
      'Floods in the south\n\nA collapsed bridge on the D25 road cut off villages, and the M9 motorway was closed, said Ann Lee.',
    );
    expect(en.places).toEqual(expect.arrayContaining(['D25', 'M9']));
    const plane = parseClip('Deliveries resume\n\nThe maker delivered the A321 to an airline in Berlin, said Ann Lee.');
    expect(plane.places).not.toContain('A321');
  });
});

describe('lands that German-speaking towns are named by', () => {
  it('reads a land after its article, and a part of it', () => {
    const draft = parseClip(
      'Weinlese beginnt\n\nIm Odenwald und in der Hallertau beginnt die Ernte. Im Oberodenwald liegt noch Schnee, man werde „den Odenwald nicht aufgeben“, sagte Wiebke Sorell.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Odenwald', 'Hallertau', 'Oberodenwald']));
  });
});

describe('English ridges, promenades and showgrounds', () => {
  it('reads a name ending in the kind of a ridge, a seafront or a showground as a place', () => {
    const draft = parseClip(
      'Fire crews hold the line\n\nCrews held the fire at Tamsin Ridge overnight, and evacuees gathered at the Harlow County Fairgrounds and on Bryony Promenade, said Ann Lee.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Tamsin Ridge', 'Harlow County Fairgrounds', 'Bryony Promenade']));
    expect(draft.organizations).not.toContain('Harlow County Fairgrounds');
  });
});
