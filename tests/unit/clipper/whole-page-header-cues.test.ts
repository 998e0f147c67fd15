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
    const headline = 'Highway bridge over the Skerrin river closed after a barge strike';
    const standfirst = 'Drivers face a long detour after the bridge was damaged on Sunday evening.';
    const header = [
      'Frost warning for Aldmoor and the coast until eight on Monday.',
      headline,
      'Play',
      standfirst,
      '(Source: KXYZ)',
      'By KXYZ Staff',
    ];
    const draft = parseClip(pageWithHeader([...header, 'Published: Mar. 4, 2024 at 4:15 PM']));
    expect(draft.title).toBe(headline);
  });

  it('passes over the line that says where the writers reported from', () => {
    const headline = 'Ferries Are Leaving the Small Islands. The Weather Is Only Part of the Story.';
    const draft = parseClip(
      pageWithHeader([
        'Business | Ferries',
        headline,
        'At least nine islands have lost their winter boat since 2022, and the operators blame the fuel bill.',
        'By Mora Lindqvist and Tom Reyes',
        'Reporting from Aldmoor and Skerrin',
        'March 4, 2024',
      ]),
    );
    expect(draft.title).toBe(headline);
  });

  it('takes the headline under a short kicker, over its own standfirst', () => {
    const headline = 'Fährhafen ab Montag gesperrt – Pendler müssen lange Umwege fahren';
    const standfirst =
      'Wegen schwerer Schäden am Anleger wird der Fährhafen in Aldmoor für mindestens vier Monate gesperrt. Was Pendler jetzt wissen müssen.';
    const draft = parseClip(
      pageWithHeader([
        'Lokales › Aldmoor',
        'PLUS Verkehr in Bad Aldmoor',
        headline,
        standfirst,
        'Von Mora Lindqvist',
        '13.11.2026, 17:32 Uhr',
      ]),
    );
    expect(draft.title).toBe(headline);
  });

  it('passes over a line saying where each writer reported from', () => {
    const draft = parseClip(
      pageWithHeader([
        HEADLINE,
        'The harbour board voted on Tuesday after two years of argument over the winter service to the island.',
        'Share full article',
        'Save',
        'Members of the harbour board cast their votes on Tuesday.Credit...Jane Roe for The Aldmoor Times',
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
        'Islanders celebrate on the quay. Jane Roe/Getty Images',
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
    expect(readBylineLine('By Nadia Okafor Photographs by Tom Reyes From the Spring 2026 issue 9 min read')?.names).toEqual([
      'Nadia Okafor',
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
      'On naming the ferry (a very serious post)',
      'November 3, 2024',
      'The old pier, finally',
      'March 22, 2025',
    ].join('\n');
    const lines = splitLines(text);
    const dates = [6, 8].map((i) => ({ date: findFullDates(lines[i]!.text)[0]!, label: 'plain' as const }));
    expect(articleDates(lines, dates, [6, 8], { from: 0, bodyStart: 2, to: 8 }, true)).toEqual([]);
  });

  it('reads a date published online as the publication’s', () => {
    expect(readDateLine('Published online March 10, 2026', true)?.[0]?.label).toBe('published');
  });

  it('credits no writer on a header line of labels after a timestamp', () => {
    expect(readBylineLine('Press release 10 June 2025 08:00 CET Shipping · Energy')).toEqual({ names: [], outlet: null });
  });
});

describe('the outlet of a page pasted whole as text', () => {
  it('reads no imprint in a masthead’s date', () => {
    expect(sourceFromFooter('Tuesday, November 4, 2025 Today’s Paper Subscribe for $1/week Log In')).toBeNull();
  });

  it('reads the outlet a copyright line names beside the company that owns it', () => {
    expect(sourceFromFooter('© 2025 a Dalesway plc subsidiary. Aldmoor Evening Post.')).toBe('Aldmoor Evening Post');
    expect(sourceFromFooter('Aldmoor Evening Post © 2026 Dalesway Publishing plc. All rights reserved.')).toBe('Aldmoor Evening Post');
    expect(sourceFromFooter('Press Council Regulated Copyright ©2019 Aldmoor Newspapers. All rights reserved.')).toBe('Aldmoor Newspapers');
  });

  it('reads the outlet a notice says the copyright’s owner publishes', () => {
    const draft = parseClip(
      pageWithHeader([HEADLINE, 'By Mora Lindqvist', 'March 4, 2024'], {
        closing: [
          '',
          'Aldmoor Science News is published by the Aldmoor Society for Science, a nonprofit membership organisation.',
          '© Aldmoor Society for Science 2025. All rights reserved.',
        ],
      }),
    );
    expect(draft.source).toBe('Aldmoor Science News');
  });

  it('reads the outlet a ban on copying names', () => {
    expect(sourceFromFooter('L’Écho d’Aldmoor – Toute reproduction interdite. Les articles publiés sont protégés.')).toBe(
      'L’Écho d’Aldmoor',
    );
  });

  it('reads the outlet a picture is credited to alone', () => {
    expect(outletOfArchivePicture('A lorry squeezes along Fore Street in Aldmoor (Image: Aldmoor Gazette)')).toBe('Aldmoor Gazette');
  });

  it('knows a share bar the copy ran together, and takes no outlet from it', () => {
    expect(isShareBar('FacebookXWhatsAppEmailComments')).toBe(true);
    const draft = parseClip(pageWithHeader([HEADLINE, 'By Mora Lindqvist', 'March 4, 2024', 'FacebookXWhatsAppComments']));
    expect(draft.source).not.toBe('FacebookXWhatsAppComments');
  });

  it('spells out a wire’s initials by the outlet the byline credits, not by a list’s heading', () => {
    const text = [
      'Home',
      'World',
      'Business',
      'Sport',
      '',
      HEADLINE,
      'By Mora Lindqvist, Meridian Press',
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
    expect(parseClip(text).source).toBe('Meridian Press');
  });
});
