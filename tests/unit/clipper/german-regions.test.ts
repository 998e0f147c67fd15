import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('German regions named by their land word', () => {
  it('gives a region after its article as a place, but not the word for abroad', () => {
    const draft = parseClip(
      'Rufbusse bewähren sich\n\nIn der Prignitzmark und im Wendland fahren Rufbusse seit Jahren. Im Ausland gibt es ähnliche Modelle.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Prignitzmark', 'Wendland']));
    expect(draft.places).not.toContain('Ausland');
  });
});
