import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a given name, a particle and a surname', () => {
  it('reads a French name with `de` as a person, and with `de La`', () => {
    const draft = parseClip(
      'Actualités\n\nLe botaniste Hugo de Ternay a expliqué la crue. Selon Hugo de Ternay, rien ne bouge.\n\nLa juriste Claire de La Vernède est prudente.',
    );
    expect(draft.people).toEqual(expect.arrayContaining(['Hugo de Ternay', 'Claire de La Vernède']));
  });

  it('reads no person in a given name before a particle and two words', () => {
    const draft = parseClip('Actualités\n\nLe stade Pierre de Coubertin Nord ferme ses portes.');
    expect(draft.people).not.toContain('Pierre de Coubertin Nord');
  });
});
