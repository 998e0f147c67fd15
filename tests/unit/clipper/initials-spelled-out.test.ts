import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('bodies spelled out before their initials', () => {
  it('reads a hyphened word for each of its capitals and gives a German name in the nominative', () => {
    const draft = parseClip(
      'Kritik an neuer Brücke in Kassel\n\nKritik kommt vom Allgemeinen Deutschen Wander-Club (ADWC). Der ADWC fordert breitere Wege, sagte Wiebke Sorell.',
    );
    expect(draft.organizations).toContain('Allgemeiner Deutscher Wander-Club');
    expect(draft.organizations).not.toContain('ADWC');
  });

  it('counts an accented little word and keeps the whole name over a part read before it', () => {
    const draft = parseClip(
      "Usine fermée à Sorbec\n\nLe professeur Anselme Lemieux, économiste à l'Institut du Nord à Sorbec (INAS), rappelle que le marché est difficile.",
    );
    expect(draft.organizations).toContain('Institut du Nord à Sorbec');
    expect(draft.organizations).not.toContain('Institut du Nord');
    expect(draft.organizations).not.toContain('INAS');
  });
});
