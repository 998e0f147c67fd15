import { describe, expect, it } from 'vitest';
import { bareName, readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** Lines that look like credits but name no writer, in made-up pastes. */
const STORY = [
  'The harbour board voted on Tuesday to run the island ferry twice a day from April, ending two years of argument over the service.',
  'Islanders had asked for a second crossing since the morning boat was withdrawn, saying pupils could not reach the mainland in time for school.',
  'The board said the extra sailing would cost about as much as the repairs it had planned for the slipway, which will now wait until the autumn.',
];

describe('a line that credits no writer', () => {
  it('is a footer’s rights line, or the outlet’s name beside the group that owns it', () => {
    expect(readBylineLine('Harbour Examiner | All rights reserved')).toBeNull();
    expect(readBylineLine('Hafenbote | Alle Rechte vorbehalten')).toBeNull();
    expect(readBylineLine('Harbour Examiner · Part of the Estuary Media Group')).toBeNull();
  });

  it('is a menu whose items run together in a page’s text copy', () => {
    expect(bareName('NewsSportsHigh SchoolOpinionObituaries')).toBeNull();
    expect(bareName('Jane McLeod')).toBe('Jane McLeod');
  });

  it('is a company a press release names as its distributor', () => {
    const draft = parseClip(
      [
        'Estuary Ferries to Add Second Daily Crossing to Skerrin',
        'News provided by',
        'Estuary Ferries Inc.',
        'Mar 04, 2026, 08:00 ET',
        '',
        ...STORY.flatMap((p) => [p, '']),
      ].join('\n'),
    );
    expect(draft.byline).toEqual([]);
  });
});

describe('a credit to an outlet’s newsroom', () => {
  it('names no writer, and names the outlet as the source', () => {
    expect(readBylineLine('Par la rédaction de Rive Matin')).toEqual({ names: [], outlet: 'Rive Matin' });
    expect(readBylineLine('By the editors of the Skerrin Examiner')).toEqual({ names: [], outlet: 'Skerrin Examiner' });
    const draft = parseClip(
      ['Le bac du port passera deux fois par jour', 'Publié le 3 mars 2026 à 07h15', 'Par la rédaction de Rive Matin', '', ...STORY].join(
        '\n',
      ),
    );
    expect(draft.byline).toEqual([]);
    expect(draft.source).toBe('Rive Matin');
  });
});

describe('the source of an article pasted with its agency’s name over the headline', () => {
  it('is the agency', () => {
    const draft = parseClip(['Укрінформ', 'Пором на острів ходитиме двічі на день', '3 березня 2026 10:15', '', ...STORY].join('\n'));
    expect(draft.source).toBe('Укрінформ');
  });
});

describe('the writer of a column signed at its foot', () => {
  it('is the name over a line about them, which leaves the story', () => {
    const draft = parseClip(
      [
        'Keep the ferry, and run it twice a day',
        '',
        ...STORY.flatMap((p) => [p, '']),
        'Maren Toft',
        'Maren Toft is a retired harbour pilot and chairs the Skerrin Islanders’ Association.',
        'Have your say: write to letters@example.org',
      ].join('\n'),
    );
    expect(draft.byline).toEqual(['Maren Toft']);
    expect(draft.paragraphs.join('\n')).not.toContain('retired harbour pilot');
  });
});

describe('a line of capitalised words under a story pasted with its page', () => {
  const page = (foot: string) =>
    parseClip(
      [
        [
          'NewsLocalEnvironmentSportsOpinion',
          'Environment',
          'Islanders win their second ferry after a two-year fight',
          'Mar 1, 2026',
          'Facebook Twitter Email Print Save',
        ].join('\n'),
        ...STORY,
        'This story was produced by Island Voices, a nonprofit newsroom covering the western isles, and is republished through a content-sharing partnership.',
        [foot, 'Related to this story', 'Slipway repairs wait until autumn', 'Nov 12, 2025', 'Most Popular'].join('\n'),
      ].join('\n\n'),
    );

  it('lists the story’s topics when most of its words are the story’s own, and signs nothing', () => {
    expect(page('Ferry Slipway Harbour').byline).toEqual([]);
  });

  it('signs the story with a name the story does not use', () => {
    expect(page('Brenna Oakes').byline).toEqual(['Brenna Oakes']);
  });

  it('signs an opinion piece with each signatory and her post, a line each', () => {
    const signed = page('Brenna Oakes, head teacher, Harbour Primary School\nTom Hale, school nurse, Skerrin Council');
    expect(signed.byline).toEqual(['Brenna Oakes', 'Tom Hale']);
  });
});

describe('a picture credit inside the story', () => {
  it('names no person or body of the story after the copyright sign', () => {
    const draft = parseClip(
      'Le glacier recule\n\nDes chercheurs installent une balise sur le glacier. © Lucie Marnat / OGX\n\nLe maire, Paul Girod, souligne l’enjeu touristique.',
    );
    expect(draft.people).toEqual(['Paul Girod']);
    expect(draft.organizations.some((o) => o.startsWith('OGX'))).toBe(false);
  });
});
