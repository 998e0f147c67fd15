import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const STORY =
  'The harbour wall at Pellby was rebuilt in six weeks by a team of forty masons working through the winter storms.\n\n' +
  'The council said the work came in under budget and that the old steps would be reopened to walkers in the spring.';
const HISTOIRE =
  'Le port de Lorvan a rouvert mardi après six semaines de travaux sur la digue nord, menés par une équipe de maçons.\n\n' +
  'Les pêcheurs pourront de nouveau y débarquer leurs prises dès la semaine prochaine, a indiqué la capitainerie.';

describe('editor’s notes, counters and footers around a story', () => {
  it('drops a correction note, a count of comments, a link to more of the section and a name-then-© footer', () => {
    const draft = parseClip(
      `Harbour wall rebuilt in record time\n\nCorrection: This story misstated the number of masons.\n\n${STORY}\n\nComments: 31\nMore columns\nThe Pellby Tide © 2024`,
    );
    expect(draft.paragraphs.join('\n')).not.toMatch(/Correction|Comments|More columns|©/u);
    expect(draft.source).toBe('The Pellby Tide');
  });

  it('drops a French correction with its time, a print-edition note and a German back-to-home link', () => {
    const draft = parseClip(
      `Le port de Lorvan rouvre\n\nRectificatif (9h40) : nous avions écrit que la digue mesurait 300 mètres.\n\n${HISTOIRE}\n\nCet entretien est paru dans l'édition papier du 3 mars.\nZur Startseite`,
    );
    expect(draft.paragraphs.join('\n')).not.toMatch(/Rectificatif|édition papier|Startseite/u);
  });

  it('drops an author’s note in French under her byline, and reads a byline joined to a wire by avec', () => {
    const draft = parseClip(
      `Les friches de Lorvan\nPar Odile Mercadier avec AFP\nOdile Mercadier est urbaniste et élue de Lorvan.\n\n${HISTOIRE}`,
    );
    expect(draft.byline).toEqual(['Odile Mercadier']);
    expect(draft.paragraphs.join('\n')).not.toMatch(/urbaniste/u);
  });
});
