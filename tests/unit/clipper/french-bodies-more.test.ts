import { describe, expect, it } from 'vitest';
import { findFrenchOrganisations } from '../../../electron/shared/clipper/french-names.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('French bodies with lower-case words in their names', () => {
  it('reads a head with one adjective, two adjectives before a field, and a region joined by de la', () => {
    const found = findFrenchOrganisations([
      "La Coordination rurale et la Confédération maraîchère s'accordent. L'École nationale supérieure des sciences forestières de Nancy et la Chambre des métiers du Val de la Dore ont signé.",
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        'Confédération maraîchère',
        'École nationale supérieure des sciences forestières de Nancy',
        'Chambre des métiers du Val de la Dore',
      ]),
    );
  });

  it('reads a committee, a national park, a town, a region and an autonomous port as bodies', () => {
    const found = findFrenchOrganisations([
      "Le Comité des riverains de Lornac et le Parc national des Aiguillettes ont signé avec la Ville de Morvaz, la Région wallonne, puis le Port autonome de Sorle. Le Muséum national d'histoire naturelle suit le dossier.",
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        'Comité des riverains de Lornac',
        'Parc national des Aiguillettes',
        'Ville de Morvaz',
        'Région wallonne',
        'Port autonome de Sorle',
        "Muséum national d'histoire naturelle",
      ]),
    );
  });

  it('reads a federation named by two lower-case fields and a trailing adjective, and a union of a trade', () => {
    const found = findFrenchOrganisations([
      "La Fédération régionale des syndicats d'éleveurs caprins et le Syndicat ostréicole de Marennes ont protesté.",
    ]);
    expect(found).toEqual(expect.arrayContaining(['Syndicat ostréicole de Marennes']));
    expect(found.some((o) => o.startsWith('Fédération régionale des syndicats'))).toBe(true);
  });
});

describe('French bodies with long fields', () => {
  it('keeps three fields, a purpose after pour, two fields joined by et, and a confederation of a département', () => {
    const draft = parseClip(
      "Pêche\n\nL'Autorité de contrôle des ports de la pêche a ouvert une enquête. Selon l'Institut de recherche pour le littoral, la Confédération paysanne de l'Aude proteste, et le Service départemental d'incendie et de secours du Tarn est prêt.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Autorité de contrôle des ports de la pêche',
        'Institut de recherche pour le littoral',
        "Confédération paysanne de l'Aude",
        "Service départemental d'incendie et de secours du Tarn",
      ]),
    );
    expect(draft.organizations).not.toContain('Institut de recherche');
  });
});

describe('a French body spelt out before its initials', () => {
  it('reads the initials as the body when its name follows an elided article', () => {
    const draft = parseClip(
      "Étude publiée\n\nLes chercheurs de l'Institut des sciences de la montagne (ISM) ont mesuré la neige. Un ingénieur de l'ISM a installé les balises.",
    );
    expect(draft.organizations).toContain('Institut des sciences de la montagne');
    expect(draft.organizations).not.toContain('ISM');
  });
});

describe('French bodies named by a capitalised head', () => {
  it('reads a bank, a mutual and a shipyard with their place, an elided article included', () => {
    const draft = parseClip(
      "Trois banques s'allient\n\nLe Crédit Solidaire de Haute-Vilaine et la Caisse Rurale du Morbihan prêtent 9 millions d'euros. Les salariés pourraient être reclassés aux Chantiers de l'Estran, qui recrutent.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Crédit Solidaire de Haute-Vilaine', 'Caisse Rurale du Morbihan', "Chantiers de l'Estran"]),
    );
    expect(draft.places).not.toContain('Estran');
    expect(draft.places).not.toContain('Chantiers');
  });
});

describe('French courts named by an adjective in -if or -ive', () => {
  it('reads an administrative court and its appeal court with their seat', () => {
    const draft = parseClip(
      "Le permis de construire annulé\n\nLe tribunal administratif de Morvelle a annulé lundi le permis de construire du projet, qui était contesté par les riverains depuis deux ans. La cour administrative d'appel de Pornelec tranchera le dossier dans les prochains mois.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['tribunal administratif de Morvelle', "cour administrative d'appel de Pornelec"]),
    );
  });
});
