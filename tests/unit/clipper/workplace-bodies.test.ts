import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('bodies named by where someone works or by a Romance head word', () => {
  it('reads the name after "an analyst at" as an organisation, not a place', () => {
    const draft = parseClip(
      'Lender shares rally\n\n"The bid looks cheap," said Maren Voss, a banking analyst at Halvard Tidemann in Oslo. Shares rose 4% on the news.',
    );
    expect(draft.organizations).toContain('Halvard Tidemann');
    expect(draft.places).not.toContain('Halvard Tidemann');
  });

  it('reads a Spanish commission written in English text as an organisation', () => {
    const draft = parseClip(
      'Bid talks confirmed\n\nThe lender said in a filing to the Comisión Reguladora del Mercado Eléctrico that talks were at an early stage and no offer had been made.',
    );
    expect(draft.organizations).toContain('Comisión Reguladora del Mercado Eléctrico');
    expect(draft.places).toEqual([]);
  });
});
