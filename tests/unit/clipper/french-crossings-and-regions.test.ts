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

  it('reads coves, plateaus, car parks, stations, leisure grounds and numbered districts with their kind', () => {
    const draft = parseClip(
      "Navettes pour l'été\n\nLes voitures restent au parking de la Sorlière, dans le 7e arrondissement. Les navettes partent de la gare de Lornac vers la calanque de Morvaz et le plateau de la Vernède, puis la base de loisirs du Pradet.",
    );
    expect(draft.places).toEqual(
      expect.arrayContaining([
        'parking de la Sorlière',
        '7e arrondissement',
        'gare de Lornac',
        'calanque de Morvaz',
        'plateau de la Vernède',
        'base de loisirs du Pradet',
      ]),
    );
  });

  it('drops a place written only inside a longer place’s name', () => {
    const draft = parseClip(
      "Accès limité\n\nL'accès à la forêt de Valence est réservé aux riverains. Les navettes desservent la gare de Valence, puis la forêt de Valence.",
    );
    expect(draft.places).toEqual(expect.arrayContaining(['forêt de Valence', 'gare de Valence']));
    expect(draft.places).not.toContain('Valence');
  });

  it('reads a hyphened region or department the gazetteer knows as one place', () => {
    const draft = parseClip('La chaleur persiste\n\nLes orages menacent le Gers et la Haute-Garonne ce week-end.');
    expect(draft.places).toContain('Haute-Garonne');
  });
});
