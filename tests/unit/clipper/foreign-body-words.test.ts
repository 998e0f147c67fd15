import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('bodies named in their own language inside English text', () => {
  it('reads a bank, a group and a university by their foreign head word, not as places', () => {
    const draft = parseClip(
      'Deal signed\n\nAnalysts at Banco Serrano cut their target on Monday, while Grupo Alvor said it would buy the stake. The Universidad de Valdivia backed the study.',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['Banco Serrano', 'Grupo Alvor', 'Universidad de Valdivia']));
    expect(draft.places).toEqual([]);
  });
});
