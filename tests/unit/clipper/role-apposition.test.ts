import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a role set off by commas beside a name', () => {
  it('reads a name after a French job and its comma as a person, who then speaks as il', () => {
    const draft = parseClip(
      "Le pont rouvre à Lunel\n\nUne riveraine, Odile Casta, se dit soulagée. « On attendait ça depuis des mois », raconte Odile Casta.\n\nLe maire, Bruno Vidalenc, était présent samedi matin. « C'est une belle journée pour la commune », a-t-il déclaré.",
    );
    expect(draft.people).toEqual(expect.arrayContaining(['Bruno Vidalenc']));
    expect(draft.quotes[1]).toEqual({ speaker: 'Bruno Vidalenc', text: "C'est une belle journée pour la commune" });
  });

  it('reads a name before a former holder’s role as a person, and a later M. Surname as the same person', () => {
    const draft = parseClip(
      "Procès à Lunel\n\nLe tribunal a jugé mardi Denis Aubrac, ancien gérant d'une entreprise de transport, pour abus de biens sociaux.\n\nÀ la barre, M. Aubrac a reconnu « des erreurs ».",
    );
    expect(draft.people).toEqual(['Denis Aubrac']);
    expect(draft.quotes).toEqual([{ speaker: 'Denis Aubrac', text: 'des erreurs' }]);
  });
});
