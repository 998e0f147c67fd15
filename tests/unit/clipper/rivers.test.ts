import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('rivers that towns are named by', () => {
  it('reads a French river after its article as a place', () => {
    const draft = parseClip('Crue en cours\n\nLa Sauldre a débordé dans la nuit et le niveau du Loing monte encore.');
    expect(draft.places).toEqual(expect.arrayContaining(['Sauldre', 'Loing']));
  });

  it('reads a German river after its article as a place', () => {
    const draft = parseClip('Pegel steigt\n\nDer Pegel am Neckar stieg über Nacht, auch die Lahn tritt über die Ufer.');
    expect(draft.places).toEqual(expect.arrayContaining(['Neckar', 'Lahn']));
  });
});
