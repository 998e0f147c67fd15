import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('French speakers named as M. Surname or by a science', () => {
  it('credits a quote to `M. Roussel` and to a scientist named after her science, and makes no person of `M`', () => {
    const draft = parseClip(
      'Le ministre en visite\n\nLe ministre Olivier Roussel est arrivé mardi à Lyon.\n\n« Nous restons ici », a déclaré M. Roussel devant la presse.\n\n« Les premiers résultats sont encourageants », détaille l’hydrologue Laure Garnier, qui coordonne l’étude.',
    );
    expect(draft.people).toEqual(['Olivier Roussel', 'Laure Garnier']);
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['Olivier Roussel', 'Laure Garnier']);
  });
});
