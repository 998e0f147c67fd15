import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { isOutletName, sourceFromFooter } from '../../../electron/shared/clipper/source.js';
import { page, pageWithHeader } from './made-up-page.js';

const HEADLINE = 'Island ferry to sail twice a day from April';

describe('the writers of a page pasted as text', () => {
  it('leave out the photographer a picture’s credit names beside the outlet', () => {
    const text = pageWithHeader([
      HEADLINE,
      'By Lise Marchal and Paul Vernet',
      'March 3, 2026',
      'Photo by Ada Brenlow | The Skerrin Courier',
    ]);
    expect(parseClip(text).byline).toEqual(['Lise Marchal', 'Paul Vernet']);
  });

  it('are two writers who share their role, a live page’s updaters, and a post’s author before its sections', () => {
    expect(parseClip(pageWithHeader([HEADLINE, 'Lise Marchal and Paul Vernet, Features Editors', 'March 3, 2026'])).byline).toEqual([
      'Lise Marchal',
      'Paul Vernet',
    ]);
    const live = 'Updates by Lise Marchal and Paul Vernet · Produced by Ada Brenlow';
    expect(parseClip(pageWithHeader([HEADLINE, live, 'March 3, 2026'])).byline).toEqual(['Lise Marchal', 'Paul Vernet']);
    const reporting = 'Live reporting by Lise Marchal and Paul Vernet';
    expect(parseClip(pageWithHeader([HEADLINE, reporting, 'March 3, 2026'])).byline).toEqual(['Lise Marchal', 'Paul Vernet']);
    const post = 'Posted March 3, 2026 by Lise Marchal in Harbours, Transport';
    expect(parseClip(pageWithHeader([HEADLINE, post])).byline).toEqual(['Lise Marchal']);
  });

  it('are the names either side of where one of them files from, and the last one glued to a label or a role', () => {
    const aside = 'Par Lise Marchal (Portree, envoyée spéciale) et Paul VernetPublié le 3 mars 2026 à 9h40';
    expect(parseClip(pageWithHeader([HEADLINE, aside])).byline).toEqual(['Lise Marchal', 'Paul Vernet']);
    const role = 'By Lise Marchal, Paul Vernet and Ada BrenlowLive reporters';
    expect(parseClip(pageWithHeader([HEADLINE, role, 'March 3, 2026'])).byline).toEqual(['Lise Marchal', 'Paul Vernet', 'Ada Brenlow']);
  });

  it('are the name a credit’s word opens and its timestamp runs into, without the word', () => {
    expect(parseClip(pageWithHeader([HEADLINE, 'Von Lise Marchal13.03.2026, 08:15 Uhr'])).byline).toEqual(['Lise Marchal']);
  });

  it('are the name over the header’s timestamp, before the place the writer reports from', () => {
    expect(parseClip(pageWithHeader([HEADLINE, 'Lise Marchal, à Portree', 'Le 03/03/2026 à 18:05'])).byline).toEqual(['Lise Marchal']);
    expect(parseClip(pageWithHeader([HEADLINE, 'Lise Marchal, in Portree', 'March 3, 2026'])).byline).toEqual(['Lise Marchal']);
  });
});

describe('the source a copyright footer names', () => {
  it('is the outlet before what it is to the company that owns it', () => {
    expect(
      sourceFromFooter('© 2026 Orchard Weekly is a trading name of Leafpress Publishing Ltd. Registered in England No. 01234567.'),
    ).toBe('Orchard Weekly');
    expect(sourceFromFooter('© 2026 Orchard Weekly is published by Leafpress Publishing Ltd.')).toBe('Orchard Weekly');
    expect(sourceFromFooter('KWXR is a service of Valley Community Broadcasting, Inc. © 2026 | Public File | Contact')).toBe('KWXR');
    expect(sourceFromFooter('Orchard Weekly is published by Leafpress Publishing Ltd. © 2026 All rights reserved.')).toBe('Orchard Weekly');
  });

  it('is the review site that notes it may earn a commission on its links, not a section or a pronoun', () => {
    const note = (name: string) => `${name} may get a share of sales made from links on this page. © 2026 Leafpress Media Inc.`;
    expect(sourceFromFooter(note('Orchard Review'))).toBe('Orchard Review');
    expect(sourceFromFooter(note('We'))).not.toBe('We');
    expect(sourceFromFooter(note('Reviews'))).not.toBe('Reviews');
  });

  it('is still no outlet where such a sentence carries no copyright sign', () => {
    expect(sourceFromFooter('The orchard is a part of Brindlecombe common land.')).toBeNull();
  });

  it('names the page pasted whole', () => {
    expect(parseClip(page([], { bottom: ['© 2026 Orchard Weekly is a trading name of Leafpress Publishing Ltd.'] })).source).toBe(
      'Orchard Weekly',
    );
  });
});

describe('an outlet’s name', () => {
  it('is no labelled line, whatever words follow the label', () => {
    expect(isOutletName('Press Enquiries: Ian Rolle, Communications Officer')).toBe(false);
    expect(isOutletName('Skerrin Media Group')).toBe(true);
  });
});
