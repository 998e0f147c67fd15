import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('French local authorities, courts, schools and common initials', () => {
  it('reads a capitalised Région or Métropole with its land, and a town before Métropole, as bodies', () => {
    const draft = parseClip(
      'Navettes suspendues\n\nLa ligne est exploitée pour le compte de la Région Normandie. Le maire a écrit à Lorient Métropole et à la Métropole Rhône-Vallée.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Région Normandie', 'Lorient Métropole', 'Métropole Rhône-Vallée']));
    expect(draft.places).not.toContain('Lorient Métropole');
  });

  it('reads the Cour des comptes, a body closed by its own initials, and one of rescue at sea', () => {
    const draft = parseClip(
      "Un rapport sévère\n\nLa Cour des comptes a critiqué le projet. L'Agence régionale de développement économique ARDEX suit le dossier, avec la Société nationale de secours en mer.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining([
        'Cour des comptes',
        'Agence régionale de développement économique ARDEX',
        'Société nationale de secours en mer',
      ]),
    );
  });

  it("reads a university after à l', a school named by one name, and no participle after a body's name", () => {
    const draft = parseClip(
      "Rentrée perturbée\n\nElle est étudiante à l'Université de Picardie orientale. Les élèves du lycée professionnel Jaurès et du lycée Condorcet attendent, selon la Métropole de Lorn chargée du dossier.",
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['Université de Picardie orientale', 'lycée professionnel Jaurès', 'lycée Condorcet', 'Métropole de Lorn']),
    );
    expect(draft.organizations).not.toContain('Métropole de Lorn chargée');
  });

  it('reads initials that stand for a kind of firm as no body', () => {
    const draft = parseClip('Les sous-traitants inquiets\n\nLes PME du BTP devront se regrouper, selon la chambre de commerce.');
    expect(draft.organizations).not.toContain('PME');
    expect(draft.organizations).not.toContain('BTP');
  });
});
