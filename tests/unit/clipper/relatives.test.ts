import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('relatives named by given name and a shared surname', () => {
  it('reads both as people though nothing else in the text says so', () => {
    const draft = parseClip(
      'La librairie du port change de mains\n\nSolange Verdelet a tenu la librairie du port pendant quarante ans. Bastien Verdelet, son neveu, en reprend les clés lundi.',
    );
    expect(draft.people).toEqual(['Solange Verdelet', 'Bastien Verdelet']);
  });

  it('does not read a German firm named after its owner as a person', () => {
    const draft = parseClip(
      'Bäckerei schließt\n\nDie Bäckerei Kornmeier schließt nach neunzig Jahren. Inhaberin Vera Kornmeier findet keinen Nachfolger.',
    );
    expect(draft.people).not.toContain('Bäckerei Kornmeier');
  });
});
