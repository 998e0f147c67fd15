import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a news agency the story names', () => {
  it('is an organisation where someone tells it something or it sees a document', () => {
    const draft = parseClip(
      'Port plans shore power\n\nHALDEN, March 4 (Reuters) - The port plans new rules. The draft, seen by Reuters, would cover cruise ships. Tom Vale, who advises the port, told Reuters that ships were ready.',
    );
    expect(draft.source).toBe('Reuters');
    expect(draft.organizations).toContain('Reuters');
  });

  it('is no short form of a body whose hyphened name ends in the dateline’s town', () => {
    const draft = parseClip(
      "Accès limité\n\nValence (AFP) - La ville a annoncé une mesure. Son président, Marc Roux, a expliqué à l'AFP que les familles craignaient pour les secours.\n\nDes chercheurs de l'université d'Aix-Valence mesurent l'érosion des sols.",
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['AFP', "université d'Aix-Valence"]));
    expect(draft.places).toContain('Valence');
  });
});
