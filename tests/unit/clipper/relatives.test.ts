import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('relatives named by given name and a shared surname', () => {
  it('reads both as people though nothing else in the text says so', () => {
    const draft = parseClip(
      "Mort de Solange Verdelet, pionnière du maraîchage bio\n\nSolange Verdelet est morte mercredi à l'âge de 91 ans. Elle laisse deux fils, dont Bastien Verdelet, qui dirige aujourd'hui le domaine.",
    );
    expect(draft.people).toEqual(['Solange Verdelet', 'Bastien Verdelet']);
  });

  it('does not read a German firm named after its owner as a person', () => {
    const draft = parseClip(
      'Lagerhalle abgebrannt\n\nDie Halle der Spedition Kornmeier brannte vollständig nieder. Firmenchef Anton Kornmeier zeigte sich erschüttert.',
    );
    expect(draft.people).not.toContain('Spedition Kornmeier');
  });
});
