import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a preposition that opens a sentence', () => {
  it('is no part of the place after it', () => {
    const draft = parseClip(
      "Les vergers du Finistère\n\nÀ Quimperlé, la mairie replante quarante pommiers chaque hiver. Autour de Carhaix, les cidriers comptent leurs fûts, à la veille d'une récolte maigre.",
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Quimperlé', 'Carhaix']));
    expect(draft.places.some((p) => /^(?:À|Autour)\s/u.test(p))).toBe(false);
  });
});
