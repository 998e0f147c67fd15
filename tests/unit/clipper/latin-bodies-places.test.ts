import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('French streets and bodies, spelt-out initials, places inside bodies', () => {
  const fr = parseClip(
    "Inondation à Vesoul\n\nUne canalisation a cédé lundi rue Victor-Considérant, à Vesoul, près de la place du Marché. Selon le Syndicat intercommunal des eaux de la vallée supérieure (SIEVS), la réparation prendra une semaine.\n\nLa chambre de métiers et d'artisanat de Vesoul s'inquiète, et la Caisse primaire d'assurance maladie de Haute-Saône a ouvert un guichet.",
  );

  it('reads a French street after its lower-case kind as a place', () => {
    expect(fr.places).toEqual(expect.arrayContaining(['rue Victor-Considérant', 'Vesoul']));
  });

  it('reads a French body whose field ends in its own de, or takes two words, in full', () => {
    expect(fr.organizations).toEqual(
      expect.arrayContaining(["chambre de métiers et d'artisanat de Vesoul", "Caisse primaire d'assurance maladie de Haute-Saône"]),
    );
  });

  it('names a body by the words it spells its initials from', () => {
    expect(fr.organizations).toContain('Syndicat intercommunal des eaux de la vallée supérieure');
    expect(fr.organizations).not.toContain('SIEVS');
  });

  it('keeps a place named only inside a body out of the places', () => {
    expect(fr.places).not.toContain('Haute-Saône');
    const en = parseClip(
      'Fraud case\n\nA former clerk admitted theft at Dunmore Crown Court on Monday. Detectives from Harlow Police said the money had gone to Spain.',
    );
    expect(en.places).toEqual(['Spain']);
  });
});

describe('French stops named after their kind', () => {
  it('reads one or two stops after arrêt or station as places', () => {
    const draft = parseClip(
      "Tram coupé à Vesoul\n\nLa circulation est interrompue entre les arrêts Gare Sud et Pont Neuf jusqu'à lundi, et la station Pasteur est fermée.",
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Gare Sud', 'Pont Neuf', 'Pasteur']));
  });
});

describe('names with an abbreviated saint or landform', () => {
  it('keeps St., Mt. and Ft. inside the name they open', () => {
    const draft = parseClip(
      'Storm moves east\n\nA storm hit the coast of St. Petersburg, Florida, on Monday, and the mayor of Mt. Pleasant called a meeting.\n\nThe FC St. Pauli match on Sunday was called off, the club said.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['St. Petersburg', 'Mt. Pleasant']));
    expect(draft.places).not.toContain('Petersburg');
    expect(draft.people).not.toContain('Mt. Pleasant');
    expect(draft.organizations).toContain('FC St. Pauli');
  });
});

describe('sports clubs named by a prefix', () => {
  it('reads a club before its town as the club, not the town', () => {
    const draft = parseClip(
      'Wechsel perfekt\n\nDer Stürmer wechselt zum VfB Stuttgart. Auch der VfL Wolfsburg und der SC Freiburg hatten Interesse, hieß es am Montag.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['VfB Stuttgart', 'VfL Wolfsburg', 'SC Freiburg']));
    expect(draft.places).not.toContain('VfL Wolfsburg');
  });

  it('keeps the number a club writes before or after its name', () => {
    const draft = parseClip(
      'Wechsel perfekt\n\nDer Verteidiger kommt vom SV Darmstadt 98, auch der 1. FC Köln hatte Interesse, hieß es am Montag.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['SV Darmstadt 98', '1. FC Köln']));
  });
});

describe('French mountain and water sites named with their kind', () => {
  it('lists a glacier, a massif and a hut named after their kind as places, but not a town’s port', () => {
    const draft = parseClip(
      'Le glacier recule\n\nLe glacier de Sorvaz a perdu 30 mètres depuis 2005, au-dessus du massif des Aiguillettes. Les randonneurs montent au refuge de Sorvaz. Au port de Lorient, rien ne change.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['glacier de Sorvaz', 'massif des Aiguillettes', 'refuge de Sorvaz']));
    expect(draft.places).not.toContain('port de Lorient');
  });

  it('lists a region named right after its kind as a place', () => {
    const draft = parseClip("Avance accordée\n\nLa région Marches de l'Ouest, elle, a confirmé une avance remboursable.");
    expect(draft.places).toContain("Marches de l'Ouest");
  });

  it('reads a wine cooperative named by its village as a body, and the state as no place', () => {
    const draft = parseClip(
      "Après la grêle\n\nBernard Roux préside la cave coopérative de Saint-Aubin-des-Vignes. Que demandez-vous à l'État ? Une aide rapide.",
    );
    expect(draft.organizations).toContain('cave coopérative de Saint-Aubin-des-Vignes');
    expect(draft.places).not.toContain('État');
  });
});

describe('a place named in a dateline and in a body’s name', () => {
  it('keeps the dateline’s town, written in capitals there, as a place of the story', () => {
    const draft = parseClip(
      'Flood defences approved\n\nBy Ann Lee\n\nTARNBY, Norway — The Tarnby District Court approved the plan on Monday.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Tarnby', 'Norway']));
    expect(draft.organizations).toContain('Tarnby District Court');
  });
});
