import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a preposition that opens a sentence', () => {
  it('is no part of the place after it', () => {
    const draft = parseClip(
      'Les terres maraîchères reculent\n\nÀ Quimperlé, les élus ont classé 300 hectares en zone agricole. Autour de Carhaix, les serres ferment une à une depuis dix ans, à la grande inquiétude des maraîchers.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Quimperlé', 'Carhaix']));
    expect(draft.places.some((p) => /^(?:À|Autour)\s/u.test(p))).toBe(false);
  });
});
