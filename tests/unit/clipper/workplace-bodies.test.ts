import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('bodies named by where someone works or by a Romance head word', () => {
  it('reads the name after "an economist at" as an organisation, not a place', () => {
    const draft = parseClip(
      'Grain prices slide\n\n"Nobody is buying forward," said Maren Voss, an economist at Halvard Tidemann in Bergen. Wheat fell 4% by noon.',
    );
    expect(draft.organizations).toContain('Halvard Tidemann');
    expect(draft.places).not.toContain('Halvard Tidemann');
  });

  it('reads a Spanish commission written in English text as an organisation', () => {
    const draft = parseClip(
      'Tariff review opened\n\nThe utility has asked the Comisión Reguladora de la Energía Rural to review the winter tariff before December.',
    );
    expect(draft.organizations).toContain('Comisión Reguladora de la Energía Rural');
    expect(draft.places).toEqual([]);
  });
});
