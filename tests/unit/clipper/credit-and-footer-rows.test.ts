import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { sourceFromFooter } from '../../../electron/shared/clipper/source.js';

const story = [
  'Das Hafenamt hat eine Prüfung der geplanten Fusion eingeleitet, teilte die Behörde am Dienstag in Emden mit. Beide Reedereien betreiben Fähren auf der Ems.',
  '',
  'Die Behörde hat nun bis Ende April Zeit für eine Entscheidung, hieß es weiter aus dem Amt in Emden.',
].join('\n');

describe('a German credit that names the piece as an article', () => {
  it('credits the writers, and the headline over it stays the headline', () => {
    const clip = parseClip(
      `Wirtschaft | Unternehmen\nHafenamt prüft Fusion zweier Fährreedereien\nEin Artikel von Greta Holm und Jonas Ebert\nVeröffentlicht am 01.12.2026\n${story}`,
    );
    expect(clip.title).toBe('Hafenamt prüft Fusion zweier Fährreedereien');
    expect(clip.byline).toEqual(['Greta Holm', 'Jonas Ebert']);
  });
});

describe('a closing sentence that opens on a preposition', () => {
  it('names no writer', () => {
    const clip = parseClip(
      `Hafenamt prüft Fusion zweier Fährreedereien\n\n${story}\n\nFür NFR ist es bereits der zweite Anlauf. 2023 war eine Übernahme gescheitert.`,
    );
    expect(clip.byline).toEqual([]);
    expect(clip.paragraphs.join('\n')).toContain('Für NFR ist es bereits der zweite Anlauf.');
  });
});

describe('a footer row of legal links', () => {
  it.each([
    ['Emder Hafenbote Digital · Impressum · Datenschutz · AGB', 'Emder Hafenbote Digital'],
    ['The Marlow Herald | Privacy Policy | Terms of Use | Contact us', 'The Marlow Herald'],
    ['Le Courrier du Lac • Mentions légales • Contact', 'Le Courrier du Lac'],
  ])('names the site that heads it: %s', (line, outlet) => {
    expect(sourceFromFooter(line)).toBe(outlet);
  });

  it('names nothing when its first item is a link too, or a sentence', () => {
    expect(sourceFromFooter('Kontakt · Impressum · Datenschutz')).toBeNull();
    expect(sourceFromFooter('Read our policies · Impressum · Datenschutz')).toBeNull();
  });
});

describe('a forwarder’s note over a headline and its credits', () => {
  it('is not the headline', () => {
    const paste = [
      '---------- Forwarded message ---------',
      'From: Dan White <dan@example.org>',
      'Date: Tue, Dec 1, 2026 at 7:12 AM',
      'Subject: Fwd: harbour vote',
      '',
      'Hi all -- in case you missed it last night.',
      'Please share with the others.',
      '',
      'Harbour board votes to close two ferry piers',
      '',
      'By Mara Eckly',
      'The Northfield Courier',
      'Published Nov. 30, 2026',
      '',
      'NORTHFIELD -- After a four-hour meeting that ran past midnight, the harbour board voted 4-1 early Monday to close two ferry piers at the end of the season.',
      '',
      'Officials say traffic has fallen by almost a third since 2019 and that both piers need new decks that would cost a combined $38 million.',
    ].join('\n');
    const clip = parseClip(paste);
    expect(clip.title).toBe('Harbour board votes to close two ferry piers');
    expect(clip.byline).toEqual(['Mara Eckly']);
    expect(clip.source).toBe('The Northfield Courier');
  });

  it('leaves the paste an article, not a page, however long the mail around it', () => {
    const paste = [
      '---------- Forwarded message ---------',
      'From: Dan White <dan.white@example.org>',
      'Date: Tue, Dec 1, 2026 at 7:12 AM',
      'Subject: Fwd: did you see this?? harbour vote',
      'To: Pier users list <pier-list@example.org>',
      '',
      'Hi all -- in case you missed it last night. Notes to follow.',
      'Please share with the other boat owners.',
      '',
      'Harbour board votes to close two ferry piers',
      '',
      'By Mara Eckly',
      'The Northfield Courier',
      'Published Nov. 30, 2026',
      '',
      'NORTHFIELD -- After a four-hour meeting that ran past midnight,',
      'the harbour board voted 4-1 early Monday to close two ferry piers',
      'at the end of the season and send their boats to the main',
      'terminal on the east side of the bay.',
      '',
      'Officials say traffic has fallen by almost a third since 2019',
      'and that both piers need new decks and pilings that would cost',
      'a combined $38 million over the next ten years.',
      '',
      '"We cannot keep paying to repair half-empty piers," harbour',
      'master Ray Olan told the board.',
      '',
      'Contact Mara Eckly at (509) 555-0147 or meckly@example.com.',
      '',
      '--',
      'Dan White',
      'Pier users list, east dock rep',
      'Sent from my phone',
    ].join('\n');
    const clip = parseClip(paste);
    expect(clip.title).toBe('Harbour board votes to close two ferry piers');
    expect(clip.source).toBe('The Northfield Courier');
    expect(clip.byline).toEqual(['Mara Eckly']);
  });
});
