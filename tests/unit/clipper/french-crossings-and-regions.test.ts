import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('French places named after their lower-case kind, and double names the gazetteer knows', () => {
  it('reads bridges, footbridges, airports, docks, islands and numbered roads with their kind', () => {
    const draft = parseClip(
      "Les crues gênent la circulation\n\nLe pont Vauclair et la passerelle du Marché sont fermés. L'aéroport Rive-Haute reste ouvert, mais le bassin Nord est vide. Les navettes vers l'île de Sorle sont suspendues et l'autoroute A9 est saturée.",
    );
    expect(draft.places).toEqual(
      expect.arrayContaining([
        'pont Vauclair',
        'passerelle du Marché',
        'aéroport Rive-Haute',
        'bassin Nord',
        'île de Sorle',
        'autoroute A9',
      ]),
    );
  });

  it('reads a hyphened region or department the gazetteer knows as one place', () => {
    const draft = parseClip('La chaleur persiste\n\nLes orages menacent le Gers et la Haute-Garonne ce week-end.');
    expect(draft.places).toContain('Haute-Garonne');
  });
});
