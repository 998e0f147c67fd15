import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { pageWithHeader as page } from './made-up-page.js';

const HEADLINE = 'Island ferry to sail twice a day from April';

describe('the headline of a page pasted whole as text', () => {
  it('is the line its byline and date credit, past the teasers of other stories listed under it', () => {
    const draft = parseClip(
      page([
        HEADLINE,
        'By Mora Lindqvist',
        'March 4, 2024',
        'Harbour board names its new chair after a long search',
        'Coastal path reopens after the winter storms',
        'Lifeboat crew honoured for a night rescue off the point',
      ]),
    );
    expect(draft.title).toBe(HEADLINE);
    expect(draft.byline).toEqual(['Mora Lindqvist']);
    expect(draft.paragraphs.join('\n')).not.toContain('Coastal path reopens');
  });

  it('is the upper of a headline and a standfirst of the same length', () => {
    const draft = parseClip(
      page([HEADLINE, 'Islanders win their fight for a second crossing to the mainland', 'By Mora Lindqvist', 'March 4, 2024']),
    );
    expect(draft.title).toBe(HEADLINE);
    expect(draft.paragraphs[0]).toMatch(/^The ferry between Aldmoor/u);
  });

  it('is the article’s own heading, not a teaser with its own byline above it', () => {
    const draft = parseClip(
      page([
        'Lifeboat crew honoured for a night rescue off the point',
        'Ann Carrow 9:40 AM',
        'NEWS',
        HEADLINE,
        'Mora Lindqvist',
        'Tuesday 6:30 PM',
      ]),
    );
    expect(draft.title).toBe(HEADLINE);
  });

  it('is the line under a menu whose items the copy ran together, not the menu over it', () => {
    const draft = parseClip(page(['NewsLocalSportsOpinionSend us a news tip', HEADLINE, 'By Mora Lindqvist', 'March 4, 2024']));
    expect(draft.title).toBe(HEADLINE);
  });

  it('is a headline naming a surname with a capital inside it, over its standfirst', () => {
    const headline = 'Councillor McAllister wins the harbour seat by forty votes';
    const draft = parseClip(
      page([
        headline,
        'Islanders return the ferry campaigner to the council after a recount on the quay',
        'By Mora Lindqvist',
        'March 4, 2024',
      ]),
    );
    expect(draft.title).toBe(headline);
  });

  it('is never a sign-in bar or a notice, however long', () => {
    const draft = parseClip(
      page([
        'You are signed in as a guest reader of this website',
        'We use cookies to improve your experience. By continuing you agree to our policy. Learn more',
        HEADLINE,
        'Updated 19 March, 9:41 AM',
      ]),
    );
    expect(draft.title).toBe(HEADLINE);
  });

  it('opens the body after the header when the byline sits between the standfirst and the story', () => {
    const draft = parseClip(
      page([
        'NEWS ISLANDS: FERRIES',
        HEADLINE,
        'Islanders have waited two years for this. Here is what changes.',
        'By Mora Lindqvist',
        'March 4, 2024',
      ]),
    );
    expect(draft.title).toBe(HEADLINE);
    expect(draft.paragraphs[0]).toMatch(/^The ferry between Aldmoor/u);
  });
});

describe('a byline with its timestamp on one line', () => {
  it('names the author and keeps the date', () => {
    const draft = parseClip(page([HEADLINE, 'Von Mora Lindqvist veröffentlicht am 4. März 2024']));
    expect(draft.byline).toEqual(['Mora Lindqvist']);
    expect(draft.date).toBe('2024-03-04');
  });
});

describe('the date of a page pasted whole as text', () => {
  it('is the article’s, not today’s date in the masthead', () => {
    const draft = parseClip(['November 20, 2024', page([HEADLINE, 'By Mora Lindqvist', 'Nov. 19, 2024 8:03 am ET'])].join('\n'));
    expect(draft.date).toBe('2024-11-19');
  });

  it('takes a yearless header timestamp’s year from the copyright line', () => {
    const draft = parseClip([page([HEADLINE, 'Updated Nov 19, 9:41 AM']), '© 2024 Aldmoor Courier Ltd. All rights reserved.'].join('\n'));
    expect(draft.date).toBe('2024-11-19');
  });

  it('reads a date from a header line that says more than a timestamp', () => {
    const draft = parseClip(page([HEADLINE, 'Mora Lindqvist 27/09/2024 Comment! Islands, Ferries']));
    expect(draft.date).toBe('2024-09-27');
  });

  it('stays empty when the page gives only a relative time', () => {
    const draft = parseClip(page([HEADLINE, 'By Mora Lindqvist', 'Published 22 hours ago']));
    expect(draft.date).toBeNull();
  });
});

describe('bylines on whole pages', () => {
  it('reads the author after a timestamp, and no button or staff credit as a name', () => {
    expect(parseClip(page([HEADLINE, '5:45 AM PST 11/19/2024 by Mora Lindqvist', 'Email Me'])).byline).toEqual(['Mora Lindqvist']);
    expect(parseClip(page([HEADLINE, 'By Mora Lindqvist and Courier Staff'])).byline).toEqual(['Mora Lindqvist']);
  });

  it('cuts an outlet label glued to the name', () => {
    expect(parseClip(page([HEADLINE, 'By Mora LindqvistCOURIERNews', 'March 4, 2024'])).byline).toEqual(['Mora Lindqvist']);
  });
});

describe('the outlet of a page pasted whole as text', () => {
  const menu = ['CourierNet Video', 'CourierNet Podcasts', 'CourierNet Store', 'CourierNet Events'];

  it('is the name the site’s own menu items start with, not the company its copyright names', () => {
    const draft = parseClip(
      [...menu, page([HEADLINE, 'By Mora Lindqvist']), '© 2024 Harbour Holdings, Inc. All rights reserved.'].join('\n'),
    );
    expect(draft.source).toBe('CourierNet');
  });

  it('is the outlet a copyright line names when it is not a company’s legal name', () => {
    const draft = parseClip([page([HEADLINE, 'By Mora Lindqvist']), '© 2024 The Aldmoor Courier. All rights reserved.'].join('\n'));
    expect(draft.source).toBe('The Aldmoor Courier');
  });

  it('is never a picture agency credited beside a photographer', () => {
    const draft = parseClip(page([HEADLINE, 'Ann Carrow | Getty Images', 'By Mora Lindqvist']));
    expect(draft.source).not.toBe('Getty Images');
  });

  it('is the outlet whose staff a byline credits', () => {
    const draft = parseClip(page([HEADLINE, 'By ALDMOOR COURIER STAFF', 'March 4, 2024']));
    expect(draft.source).toBe('Aldmoor Courier');
    expect(draft.byline).toEqual([]);
    expect(draft.title).toBe(HEADLINE);
  });
});

describe('the body of a page pasted whole as text', () => {
  it('runs past a share bar whose buttons include Comments', () => {
    const draft = parseClip(
      page([
        'Timetables shown here are provided by the harbour board and may change at short notice without any warning to passengers. Fares are set by the operator, and the board accepts no liability for delays, cancellations or missed connections caused by weather, tides or repairs at either pier.',
        HEADLINE,
        'By Mora Lindqvist',
        'Facebook',
        'Twitter',
        'Comments',
        'Print',
        'Email',
      ]),
    );
    const body = draft.paragraphs.join('\n');
    expect(body).toContain('The ferry between Aldmoor');
    expect(draft.paragraphs[draft.paragraphs.length - 1]).toMatch(/^Fishermen on the island/u);
  });
});

describe('the headline of a brief', () => {
  it('is found though every paragraph under it is short', () => {
    const brief =
      'Rural bus routes vanish across the county\n\nBy Helen Ashcombe\nMarch 2, 2026\n\n' +
      'When the number 47 stopped running through the village, there was no announcement.\n\n' +
      'A laminated notice appeared at the stop a week later, the parish council said.';
    expect(parseClip(brief).title).toBe('Rural bus routes vanish across the county');
  });

  it('keeps a line too short to be a headline in the story rather than drop it', () => {
    const draft = parseClip('Viaduct reopens\n\nThe main viaduct reopened on Tuesday after eight months of repairs, officials said.');
    expect(draft.title).toBeNull();
    expect(draft.paragraphs[0]).toBe('Viaduct reopens');
  });
});

describe('a section label set before the headline with a bar', () => {
  it('is left out of the title, and a colon’s label is kept', () => {
    const story =
      '\n\nBy Helen Ashcombe\nMarch 2, 2026\n\nWhen the number 47 stopped running through the village last spring, there was no announcement at all.' +
      '\n\nThe timetable at the stop simply vanished, and a laminated notice appeared a week later, the parish council said.';
    expect(parseClip(`Opinion | The quiet collapse of rural buses${story}`).title).toBe('The quiet collapse of rural buses');
    expect(parseClip(`Analysis: The quiet collapse of rural buses${story}`).title).toBe('Analysis: The quiet collapse of rural buses');
  });
});
