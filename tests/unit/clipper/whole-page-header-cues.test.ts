import { describe, expect, it } from 'vitest';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { isCruftLine, isShareBar } from '../../../electron/shared/clipper/cruft.js';
import { findFullDates } from '../../../electron/shared/clipper/date.js';
import { readDateLine } from '../../../electron/shared/clipper/date-line.js';
import { splitLines } from '../../../electron/shared/clipper/lines.js';
import { articleDates } from '../../../electron/shared/clipper/page-date.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { outletOfArchivePicture, sourceFromFooter } from '../../../electron/shared/clipper/source.js';
import { pageWithHeader } from './made-up-page.js';

const HEADLINE = 'Island ferry to sail twice a day from April';

describe('the headline of a page pasted whole as text', () => {
  it('passes over a standfirst that closes on a full stop under a headline that does not, a button between them', () => {
    const headline = 'Skerrin causeway shut for repairs as spring tides wash over the road';
    const standfirst = 'Islanders must take the ferry or wait for low water until the work ends.';
    const header = [
      'Gale warning for Aldmoor and the outer isles until noon on Friday.',
      headline,
      'Play',
      standfirst,
      '(Source: KXYZ)',
      'By KXYZ Staff',
    ];
    const draft = parseClip(pageWithHeader([...header, 'Published: Mar. 4, 2024 at 9:05 AM']));
    expect(draft.title).toBe(headline);
  });

  it('passes over the line that says where the writers reported from', () => {
    const headline = 'The Islands Are Losing Their Winter Boats. Fuel Costs Explain Only Some of It.';
    const draft = parseClip(
      pageWithHeader([
        'Business | Ferries',
        headline,
        'Nine islands have had no winter sailing since 2022, and the operators point to the price of diesel.',
        'By Mora Lindqvist and Tom Reyes',
        'Reporting from Aldmoor and Skerrin',
        'March 4, 2024',
      ]),
    );
    expect(draft.title).toBe(headline);
  });

  it('takes the headline under a short kicker, over its own standfirst', () => {
    const headline = 'Hafenkran stürzt ins Becken – Fährbetrieb nach Skerrin ruht bis Ostern';
    const standfirst =
      'Der Kran war bei Sturm umgeknickt und hat den Anleger beschädigt. Die Reederei richtet einen Ersatzverkehr mit Booten ein.';
    const draft = parseClip(
      pageWithHeader([
        'Lokales › Aldmoor',
        'PLUS Hafen in Bad Aldmoor',
        headline,
        standfirst,
        'Von Mora Lindqvist',
        '02.03.2026, 08:15 Uhr',
      ]),
    );
    expect(draft.title).toBe(headline);
  });

  it('passes over a line saying where each writer reported from', () => {
    const draft = parseClip(
      pageWithHeader([
        HEADLINE,
        'The harbour board voted on Tuesday after two years of argument over the winter service to the island.',
        'Share this article',
        'Save',
        'The harbour board in session at the town hall.Credit...Jane Roe for The Aldmoor Times',
        'By Mora Lindqvist and Tom Reyes',
        'Mora Lindqvist reported from Aldmoor, and Tom Reyes from Skerrin.',
        'Published March 4, 2024',
      ]),
    );
    expect(draft.title).toBe(HEADLINE);
  });

  it('keeps the headline over a picture whose credit follows its own caption', () => {
    const draft = parseClip(
      pageWithHeader([
        'Harbour 1-1 Skerrin FT',
        'Aldmoor 2-0 Ashby Town FT',
        'Cup final',
        HEADLINE,
        'Islanders wave from the quay. Credit: Jane Roe',
        'Mora Lindqvist',
        'Sun 3 Mar 2024 19.58 GMT',
      ]),
    );
    expect(draft.title).toBe(HEADLINE);
  });

  it('passes over a caption that credits its photographer on assignment for the outlet', () => {
    expect(isCruftLine('A ferry leaves Aldmoor harbour in March, on its last winter crossing. Jane Roe for The Aldmoor Times')).toBe(true);
    expect(isCruftLine('Un pêcheur sur le quai de Skerrin, le 8 septembre 2025. JEANNE ROUX POUR « L’ÉCHO D’ALDMOOR »')).toBe(true);
  });

  it('takes the writer of a credit that runs on into the photographer’s', () => {
    expect(readBylineLine('By Ada Brenlow Photographs by Tom Reyes From the Winter 2025 issue 12 min read')?.names).toEqual([
      'Ada Brenlow',
    ]);
  });
});

describe('the date of a page pasted whole as text', () => {
  it('leaves the dates of the stories a Related list names under the article to them', () => {
    const text = [
      HEADLINE,
      'By Mora Lindqvist',
      'The ferry between Aldmoor and the island of Skerrin will run twice a day from April, the harbour board said.',
      'Islanders had asked for a second crossing since the old morning boat was withdrawn last year.',
      'Related',
      'Ten things I learned crossing to Skerrin',
      'November 3, 2024',
      'A winter at the lighthouse',
      'March 22, 2025',
    ].join('\n');
    const lines = splitLines(text);
    const dates = [6, 8].map((i) => ({ date: findFullDates(lines[i]!.text)[0]!, label: 'plain' as const }));
    expect(articleDates(lines, dates, [6, 8], { from: 0, bodyStart: 2, to: 8 }, true)).toEqual([]);
  });

  it('reads a date published online as the publication’s', () => {
    expect(readDateLine('Published online May 3, 2026', true)?.[0]?.label).toBe('published');
  });

  it('credits no writer on a header line of labels after a timestamp', () => {
    expect(readBylineLine('Press release 3 May 2026 09:30 CET Ports · Energy')).toEqual({ names: [], outlet: null });
  });
});

describe('the outlet of a page pasted whole as text', () => {
  it('reads no imprint in a masthead’s date', () => {
    expect(sourceFromFooter('Monday, May 4, 2026 Print edition Subscribe Sign in')).toBeNull();
  });

  it('reads the outlet a copyright line names beside the company that owns it', () => {
    expect(sourceFromFooter('© 2026 a Kestle Media plc subsidiary. Aldmoor Evening Post.')).toBe('Aldmoor Evening Post');
    expect(sourceFromFooter('Aldmoor Evening Post © 2026 Kestle Publishing plc. All rights reserved.')).toBe('Aldmoor Evening Post');
    expect(sourceFromFooter('Press Council Regulated Copyright ©2019 Aldmoor Newspapers. All rights reserved.')).toBe('Aldmoor Newspapers');
  });

  it('reads the outlet a notice says the copyright’s owner publishes', () => {
    const draft = parseClip(
      pageWithHeader([HEADLINE, 'By Mora Lindqvist', 'March 4, 2024'], {
        closing: [
          '',
          'Aldmoor Science News is published by the Aldmoor Society for Science, a charity for public learning.',
          '© Aldmoor Society for Science 2026. All rights reserved.',
        ],
      }),
    );
    expect(draft.source).toBe('Aldmoor Science News');
  });

  it('reads the outlet a ban on copying names', () => {
    expect(sourceFromFooter('L’Écho d’Aldmoor – Toute reproduction interdite sans accord écrit.')).toBe('L’Écho d’Aldmoor');
  });

  it('reads the outlet a picture is credited to alone', () => {
    expect(outletOfArchivePicture('Fishing boats moored in the inner basin at dawn (Image: Aldmoor Gazette)')).toBe('Aldmoor Gazette');
  });

  it('knows a share bar the copy ran together, and takes no outlet from it', () => {
    expect(isShareBar('FacebookXEmailPrint')).toBe(true);
    const draft = parseClip(pageWithHeader([HEADLINE, 'By Mora Lindqvist', 'March 4, 2024', 'ShareFacebookXEmail']));
    expect(draft.source).not.toBe('ShareFacebookXEmail');
  });

  it('spells out a wire’s initials by the outlet the byline credits, not by a list’s heading', () => {
    const text = [
      'Home',
      'World',
      'Business',
      'Sport',
      '',
      HEADLINE,
      'By Mora Lindqvist, Marlin Press',
      'March 4, 2024',
      '',
      'ALDMOOR (MP) — The ferry between Aldmoor and the island of Skerrin will run twice a day from April, the harbour board said on Tuesday after a vote that ended two years of argument.',
      '',
      'Islanders had asked for a second crossing since the old morning boat was withdrawn, saying that pupils and workers could not reach the mainland in time for school or the first shift.',
      '',
      'The board said the extra sailing would cost about as much as the repairs it had planned for the slipway, which will now wait until the autumn when the weather allows the work.',
      '',
      'Most Popular',
      'Lighthouse keepers return to the north cape',
      'Record crowd at the autumn regatta',
      'About us',
      'Contact',
    ].join('\n');
    expect(parseClip(text).source).toBe('Marlin Press');
  });
});
