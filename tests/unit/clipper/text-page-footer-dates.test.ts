import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/**
 * Made-up pages pasted as plain text whose header prints no date of the story: the date stands in
 * a staff credit's line with a relative time, or only under the story, in its footer.
 */
const MENU = ['Accueil', 'Actualité', 'Sports', 'Culture', 'Abonnement'];
const HISTOIRE = [
  'Le conseil municipal de Bréval a voté jeudi soir la rénovation complète de la halle du marché, fermée au public depuis l’effondrement d’une partie de sa charpente en février.',
  'Les travaux, estimés à 2,4 millions d’euros, commenceront au printemps et devraient durer un peu plus d’un an, selon le calendrier présenté aux élus par les services techniques.',
  '« Cette halle est le cœur du village, nous ne pouvions pas la laisser tomber en ruine », a déclaré le maire, Hervé Lucas, à l’issue d’un débat de près de deux heures.',
  'Pendant la durée du chantier, le marché du samedi s’installera sur la place de l’église, où une vingtaine d’emplacements seront tracés au sol.',
];
const STORY = [
  'Volunteers at the Milbury repair café fixed more than 300 household items in its first year, from toasters and lamps to a ninety-year-old sewing machine, the organisers said on Sunday.',
  'The café meets on the last Saturday of each month in the church hall, where a dozen volunteers with tools and spare parts try to mend whatever visitors bring through the door.',
  '“Most things are thrown away for want of a fuse or a screw,” said organiser Petra Laing, a retired electrician who set the café up with two neighbours last spring.',
  'The group now hopes to open a second session on weekday evenings and is looking for volunteers who can mend bicycles and clothes.',
];

describe('the date of a page pasted as text, printed outside its header', () => {
  it('is read from a staff credit’s line beside a relative time', () => {
    const text = [
      ...MENU,
      'Bréval : le conseil municipal vote la rénovation de la halle du marché',
      'Par la rédaction · Mis à jour le mardi 12 mai 2026 à 19h05 · il y a 3 heures',
      ...HISTOIRE,
      'À lire aussi',
      'Un nouveau boulanger s’installe rue des Écoles',
      '© 2026 Le Petit Bréval',
    ].join('\n');
    expect(parseClip(text).date).toBe('2026-05-12');
  });

  it('is read from the footer’s sentence that says when the story was published', () => {
    const text = [
      'Home',
      'News',
      'Community',
      'Events',
      'Repair café marks its first year with 300 items saved from the bin',
      ...STORY,
      'Share this:',
      'Facebook',
      '2 thoughts on “Repair café marks its first year”',
      'Ann K. 14 April 2026 at 8:02 am',
      'Brilliant idea, will bring my radio.',
      'This article was published on 12 April 2026 in Community.',
      'Copyright © 2026 Milbury Voice',
    ].join('\n');
    expect(parseClip(text).date).toBe('2026-04-12');
  });

  it('is read from a blog footer’s sentence that says when the entry was posted, and by whom', () => {
    const text = [
      'Home',
      'About',
      'Recipes',
      'Repair café marks its first year with 300 items saved from the bin',
      ...STORY,
      'This entry was posted in Community and tagged repairs, volunteers on April 12, 2026 by Petra Laing.',
      'Leave a reply',
      'Recent posts',
      'Spring clean at the allotments',
    ].join('\n');
    expect(parseClip(text).date).toBe('2026-04-12');
  });

  it('is read from a footer’s `Stand:` line, not from a comment’s date', () => {
    const text = [
      'Zum Inhalt springen',
      'Startseite',
      'Lokales',
      'Vereine',
      'Termine',
      'Kontakt',
      'Anmelden',
      'Repair-Café in Milbury feiert sein erstes Jahr',
      ...STORY,
      'Kommentare',
      'Gerd schrieb am 20.04.2026:',
      'Tolle Sache!',
      'Weitere Artikel',
      'Neue Öffnungszeiten in der Bücherei',
      'Sportverein sucht Trainer für die Jugend',
      'Stand: 13.04.2026',
      '© 2026 Milburyer Bote',
      'Impressum',
      'Datenschutz',
    ].join('\n');
    expect(parseClip(text).date).toBe('2026-04-13');
  });
});
