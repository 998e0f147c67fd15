import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);

describe('whom a quotation was said to, between the verb and its speaker', () => {
  it('is not the speaker: the role holder named after it is', () => {
    const text = [
      'Le port de plaisance affiche complet',
      '« Nous refusons des bateaux tous les week-ends depuis le mois de juin, faute de place », a déclaré à l’Exempla le directeur du port, Julien Marot.',
      'La commune envisage d’agrandir le bassin nord d’ici trois ans, mais le projet doit encore obtenir le feu vert de l’État.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Julien Marot']);
  });
});
