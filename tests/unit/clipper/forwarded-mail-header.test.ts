import { describe, expect, it } from 'vitest';
import { mailHeaderLines } from '../../../electron/shared/clipper/mail-header.js';
import { splitLines } from '../../../electron/shared/clipper/lines.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a mail client’s header over a forwarded story', () => {
  it('is found by a sender’s line beside another labelled line, not by a lone credit', () => {
    const header = splitLines('Von: Ute Brandl <ute@example.de>\nGesendet: Dienstag, 4. März 2025 07:12\nBetreff: WG: Artikel\n\nText');
    expect(mailHeaderLines(header)).toEqual([0, 1, 2]);
    expect(mailHeaderLines(splitLines('Von: Ute Brandl\n\nDie Stadt baut eine Brücke.'))).toEqual([]);
  });

  it('gives the story neither the forward’s date nor its sender as the writer', () => {
    const draft = parseClip(
      [
        'Von: Ute Brandl <ute.brandl@example.de>',
        'Gesendet: Dienstag, 4. März 2025 07:12',
        'An: Bauausschuss <bau@example.de>',
        'Betreff: WG: Brücke',
        '',
        'Neue Fußgängerbrücke über die Wenne wird teurer',
        'Von Jörg Tamm',
        '03.03.2025',
        'Die neue Fußgängerbrücke über die Wenne kostet rund zwei Millionen Euro mehr als geplant, teilte die Stadtverwaltung am Montag im Bauausschuss mit.',
        '',
        'Als Grund nannte die Verwaltung gestiegene Preise für Stahl und eine aufwendigere Gründung im weichen Uferboden.',
      ].join('\n'),
    );
    expect(draft.date).toBe('2025-03-03');
    expect(draft.byline).toEqual(['Jörg Tamm']);
    expect(draft.title).toBe('Neue Fußgängerbrücke über die Wenne wird teurer');
  });

  it('gives no headline from a French client’s subject line', () => {
    const draft = parseClip(
      [
        '-------- Message transféré --------',
        'Sujet : à lire avant la réunion',
        'Date : Tue, 4 Mar 2025 09:30:00 +0100',
        'De : Odile Ferrand <odile@example.fr>',
        'Pour : Bureau <bureau@example.fr>',
        '',
        'La halle aux grains de Montferrier rouvrira en juin',
        'Publié le 3 mars 2025 à 17h10',
        'La halle aux grains de Montferrier, fermée depuis deux ans pour des travaux de charpente, rouvrira ses portes au public au début du mois de juin, a annoncé lundi la mairie.',
        '',
        'Le chantier a coûté 1,4 million d’euros, financé en partie par la région.',
      ].join('\n'),
    );
    expect(draft.title).toBe('La halle aux grains de Montferrier rouvrira en juin');
    expect(draft.cruft).toContain('Sujet : à lire avant la réunion');
  });
});

describe('a note closed by a full stop over a headline its credit marks', () => {
  it('is the forwarder’s, and the credited line is the headline', () => {
    const draft = parseClip(
      [
        '---------- Forwarded message ---------',
        'From: Rhys Calloway <rhys@example.org>',
        'Date: Wed, Mar 5, 2025 at 8:02 AM',
        'Subject: ferries',
        '',
        'Useful background for the island visit next week.',
        '',
        'Island ferry fares to rise by a fifth in April',
        'By Maren Oakes',
        'March 4, 2025',
        'Fares on the ferry between the mainland and the northern islands will rise by a fifth from April, the operator said on Tuesday, blaming fuel costs and a new crew agreement.',
        '',
        'Islanders’ groups said the rise would hit commuters hardest.',
      ].join('\n'),
    );
    expect(draft.title).toBe('Island ferry fares to rise by a fifth in April');
    expect(draft.cruft).toContain('Useful background for the island visit next week.');
  });
});
