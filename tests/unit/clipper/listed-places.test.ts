import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('places named in lists', () => {
  it('gives the names of a list opened by a kind of place, or beside a place named elsewhere, as places', () => {
    const draft = parseClip(
      'Floods cut off the valley\n\nFloodwater reached homes in Pellow on Monday. Warnings were issued for Pellow, Ashgrove and Wendle.\n\nVillages such as Trevane, Polgrew and Carnhallow were cut off overnight.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Pellow', 'Ashgrove', 'Wendle', 'Trevane', 'Polgrew', 'Carnhallow']));
  });

  it('reads French towns in -an as towns, a town joined by -les-, and a list after its kind and a colon', () => {
    const draft = parseClip(
      'Les moustiques reculent\n\nÀ Lunan et à Varen-les-Bains, aucun lâcher n’est prévu. Les essais ont lieu dans trois communes de l’agglomération : Vézenac, Pradelles et Montirac.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Lunan', 'Varen-les-Bains', 'Vézenac', 'Pradelles', 'Montirac']));
  });

  it('gives German villages listed after `Orte wie` as places', () => {
    const draft = parseClip('Busse fallen weg\n\nBetroffen wären kleine Orte wie Quelkow, Birnitz und Lanzfeld.');
    expect(draft.places).toEqual(expect.arrayContaining(['Quelkow', 'Birnitz', 'Lanzfeld']));
  });

  it('reads a town listed after a place with its preposition said again', () => {
    const draft = parseClip(
      'Deux contrats\n\nDeux contrats sont en cours avec des armateurs de Lorient et de Pornelec. Les navires partent de Lorient.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Lorient', 'Pornelec']));
  });
});

describe('small towns after more prepositions', () => {
  it('reads a German small town after ab, bis or über', () => {
    const draft = parseClip('Umleitung\n\nDer Zug fährt bis auf Weiteres ab Landeck. Die Busse fahren über Zermatt.');
    expect(draft.places).toEqual(expect.arrayContaining(['Landeck', 'Zermatt']));
  });

  it('reads a French town whose article the preposition holds with its article, and a town after par', () => {
    const draft = parseClip(
      'Crues dans le Sud\n\nUn homme est porté disparu près du Pontet. Les secours venus des Herbiers passent par Ouistreham.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Le Pontet', 'Les Herbiers', 'Ouistreham']));
    expect(draft.places).not.toContain('Pontet');
  });
});
