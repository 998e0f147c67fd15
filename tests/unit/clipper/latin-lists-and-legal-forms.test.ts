import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('names with their own article, their listed fields and their legal form', () => {
  it('keeps a French town’s capitalised article inside a sentence', () => {
    const draft = parseClip(
      'Escroquerie sur le littoral\n\nLes annonces couvraient des villas à Vernasque et La Roquelune, selon les enquêteurs.',
    );
    expect(draft.places).toContain('La Roquelune');
  });

  it('reads a department named for several fields as one body', () => {
    const draft = parseClip(
      'Flood barrier approved\n\nThe scheme still needs approval from the Department for Harbours, Fisheries and Coastal Affairs, officials said.',
    );
    expect(draft.organizations).toContain('Department for Harbours, Fisheries and Coastal Affairs');
    expect(draft.organizations).not.toContain('Fisheries');
  });

  it('reads a name closed by a cooperative’s legal form as a firm', () => {
    const draft = parseClip('Molkerei schließt\n\nDie Vogelsberger Landmolkerei eG schließt ihr Werk in Alsfeld bis Ende 2025.');
    expect(draft.organizations).toContain('Vogelsberger Landmolkerei eG');
  });

  it('lists a German land or square with its article beside a known place, and reads no place from what someone has', () => {
    const draft = parseClip(
      'Milch aus der Region\n\nDie Milch kommt aus der Sorlau und dem Taunus. Die Polizei sperrte die Straße zwischen dem Lindenplärr und der Maximilianstraße. Rund 120 Beschäftigte verlieren ihren Arbeitsplatz.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Sorlau', 'Lindenplärr']));
    expect(draft.places).not.toContain('Arbeitsplatz');
  });

  it('reads a ministry written to as the body, with no `hier` after it, and a town joined by `ès`', () => {
    const draft = parseClip(
      'Maternité fermée\n\nLe député Julien Morvaise a écrit hier au ministère des Transports, puis il a écrit au ministère de la Santé hier. Les habitants de Lorn-ès-Bois sont inquiets.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['ministère des Transports', 'ministère de la Santé']));
    expect(draft.organizations.some((o) => o.endsWith('hier'))).toBe(false);
    expect(draft.places).toContain('Lorn-ès-Bois');
  });

  it('reads no body from one German noun someone has', () => {
    const draft = parseClip('Brücke gesperrt\n\n„Unsere Handwerksbetriebe verlieren jeden Tag Zeit“, sagte der Bürgermeister.');
    expect(draft.organizations).not.toContain('Handwerksbetriebe');
  });

  it('reads a school, a shipyard and a body named after an elided `de` and its lower-case field', () => {
    const draft = parseClip(
      'Le port recrute\n\nLe chantier naval de Kerbalan recrute avec le lycée maritime de Porzmeur. La communauté d’agglomération Lorn Rivière promet des logements.',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['chantier naval de Kerbalan', 'lycée maritime de Porzmeur', 'communauté d’agglomération Lorn Rivière']),
    );
  });
});
