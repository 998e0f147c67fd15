import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('French ranges, rivers, seas and churches', () => {
  it('reads a range or a land named in the plural after its article, never a people', () => {
    const draft = parseClip(
      'Neige abondante en montagne\n\nIl est tombé 60 cm dans les Morvelles et sur les Sorlignes du Sud, a dit Marie Roux. Les Toulousaines et des Lyonnaises skient.',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['Morvelles', 'Sorlignes du Sud']));
    expect(draft.places).not.toContain('Lyonnaises');
  });

  it('reads a river, a sea, a highway and a basilica after their kind', () => {
    const draft = parseClip(
      "Usine relancée à Sorbec\n\nL'usine, située sur la rive de la rivière Sorle, produira du papier. Le tunnel relie la Basilique de Morvaz à la chaussée de Lornac, et le mollusque vient de la mer Blanche, a dit Marie Roux.",
    );
    expect(draft.places).toEqual(expect.arrayContaining(['rivière Sorle', 'Basilique de Morvaz', 'chaussée de Lornac', 'mer Blanche']));
  });
});

describe('French bodies with a field written with a capital or an elided article', () => {
  it('reads a museum of a capitalised field and an agency of a field with its article', () => {
    const draft = parseClip(
      "Les abeilles reviennent\n\nLe Muséum régional d'Entomologie générale étudie les abeilles, a dit Marie Roux. L'Agence de l'eau Sorle-Morvaz finance le projet. Le Service de l'eau de la Ville contrôle.",
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(["Muséum régional d'Entomologie générale", "Agence de l'eau Sorle-Morvaz"]));
    expect(draft.organizations).not.toContain("Service de l'eau de la Ville");
  });
});
