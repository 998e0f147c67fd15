import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const story = (lead: string) =>
  `${lead} The council voted on Tuesday to rebuild the old harbour wall before the winter storms, after two nights of flooding.\n\n` +
  'Work starts next month and is due to finish in October, the harbour master said in a statement.';

describe('a newspaper named on a line of its own in the header', () => {
  it.each([
    ['English', 'Council backs harbour wall repairs\n\nMarlow Evening Herald\n12 March 2026\n\nBy Tom Avery\n\n', 'Marlow Evening Herald'],
    ['French', 'Le port sera réparé avant l’hiver\n\nLe Courrier de Brenne\n\nPar Léa Morin\n\n', 'Le Courrier de Brenne'],
    ['German compound', 'Hafenmauer wird erneuert\n\nOstmarker Abendpost\n\n12. März 2026\n\n', 'Ostmarker Abendpost'],
  ])('reads the outlet from a %s header, and not as its writer', (_, header, outlet) => {
    const clip = parseClip(header + story(''));
    expect(clip.source).toBe(outlet);
    expect(clip.byline).not.toContain(outlet);
  });

  it('reads it on a page copied with its share buttons and related links too', () => {
    const page =
      'Council backs harbour wall repairs\n\nBy Tom Avery, Coast Reporter\nThe Marlow Ledger\nPublished 12 March 2026, 07:45 GMT\n\n' +
      story('') +
      '\n\nRelated\nFlood defences to be reviewed\nHarbour fees rise in spring\n\nShare this article\nCopy link';
    expect(parseClip(page).source).toBe('The Marlow Ledger');
  });

  it('reads a news agency named alone under the headline’s time stamp', () => {
    const clip = parseClip(
      'Економіка\nУ місті відкрили новий критий ринок\n12.05.2026 11:20\nУкрінформ\n\nУ місті на місці старого автовокзалу відкрили критий ринок на двісті торгових місць.\n\nВін працюватиме щодня, крім понеділка, з сьомої ранку до шостої вечора.',
    );
    expect(clip.source).toBe('Укрінформ');
  });

  it('reads a web outlet’s one-word brand in the writer’s place, a capital inside it', () => {
    expect(parseClip(`Council backs harbour wall repairs\n\nHarbourBeat\n12 March 2026\n\n${story('')}`).source).toBe('HarbourBeat');
  });

  it('takes no person, section, share button or sentence in the header for an outlet', () => {
    for (const line of ['Tom Avery', 'McAllister', 'LinkedIn', 'World', 'Politics and Power', 'Read the full report in the Herald.']) {
      expect(parseClip(`Council backs harbour wall repairs\n\n${line}\n12 March 2026\n\n${story('')}`).source).toBeNull();
    }
  });

  it('leaves an outlet line inside the story alone', () => {
    expect(parseClip(`Council backs harbour wall repairs\n\n${story('')}\n\nMarlow Evening Herald\n\nMore news`).source).toBeNull();
  });
});

describe('an opinion column’s foot', () => {
  it('drops the bio of a writer credited by a bare name under the headline', () => {
    const clip = parseClip(
      `Keep the harbour library open\n\nJune Farrow\n\n${story('')}\n\nJune Farrow is a retired teacher and a library volunteer.`,
    );
    expect(clip.byline).toEqual(['June Farrow']);
    expect(clip.cruft).toContain('June Farrow is a retired teacher and a library volunteer.');
    expect(clip.paragraphs.join('\n')).not.toContain('retired teacher');
  });

  it('drops the bio a footnote mark after the byline’s name points to', () => {
    const bio = '*Anne Roussel est urbaniste et enseigne à l’université de Brennock.';
    const clip = parseClip(`Gardons la bibliothèque du port\n\nPar Anne Roussel*\n\n${story('')}\n\n${bio}`);
    expect(clip.byline).toEqual(['Anne Roussel']);
    expect(clip.cruft).toContain(bio);
    expect(clip.paragraphs.join('\n')).not.toContain('urbaniste');
  });

  it.each(['Lecture 3 min.', 'Durée de lecture : 4 min', 'Read time: 5 min', 'Время прочтения 3 мин'])(
    'drops the reading time “%s” under the byline',
    (time) => {
      const clip = parseClip(`Council backs harbour wall repairs\n\nBy Tom Avery\n${time}\n\n${story('')}`);
      expect(clip.cruft).toContain(time);
      expect(clip.paragraphs.join('\n')).not.toContain(time);
    },
  );

  it('names the outlet by a “not necessarily those of” line, without the article before it', () => {
    const column = (disclaimer: string) =>
      parseClip(`Keep the harbour library open\n\nJune Farrow\n\n${story('')}\n\nJune Farrow is a retired teacher.\n\n${disclaimer}`);
    expect(column('The views expressed here are those of the author and not necessarily those of the Brennock Sentinel.').source).toBe(
      'Brennock Sentinel',
    );
    expect(column('The opinions expressed in this column do not necessarily reflect the views of the Brennock Sentinel.').source).toBe(
      'Brennock Sentinel',
    );
  });
});
