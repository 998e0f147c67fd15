import { describe, expect, it } from 'vitest';
import { findFrenchStreets } from '../../../electron/shared/clipper/french-names.js';

describe('French rivers by what spans them and by their banks', () => {
  it('reads what a bridge spans and what has banks or a mouth as a river, without its article', () => {
    const places = findFrenchStreets([
      "La passerelle des Tanneurs sur l'Ordène est fermée. Le Brivet est un affluent de la Sarlonne, et les berges du Vernoux débordent.",
    ]);
    expect(places).toEqual(expect.arrayContaining(['Ordène', 'Sarlonne', 'Vernoux']));
  });

  it('reads no river after `sur` away from a bridge', () => {
    expect(findFrenchStreets(["Le débat sur l'Assemblée continue."])).toEqual([]);
  });
});
