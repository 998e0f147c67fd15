import { describe, expect, it } from 'vitest';
import { findFullDates } from '../../../electron/shared/clipper/date.js';
import { readDateLine } from '../../../electron/shared/clipper/date-line.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/**
 * The date of made-up news pages selected whole and pasted as plain text, where only the printed
 * timestamps tell it.
 */
const MENU = ['Skip to main content', 'Home', 'World', 'Business', 'Sport', 'Culture', 'Sign in'];
const HEADLINE = 'Harbour town votes to rebuild its old sea wall';
const STORY = [
  'The council of Wexmouth voted on Monday to rebuild the town’s crumbling sea wall, ending a dispute that had divided residents for more than a decade and delayed repairs after two winter storms.',
  '“We could not wait for a third storm,” said Joshua Penrose, who chairs the council’s harbour committee. “The wall protects every house on the front, and the insurers have told us so twice.”',
  'The project will cost about 14 million pounds, most of it from a regional flood fund, and work is due to start in the autumn once the fishing season has ended and the boats are out of the water.',
  'Residents who opposed the plan had argued for a cheaper repair of the existing wall, but engineers told the meeting that the old stone could not carry the weight of new defences.',
];
const FOOTER = ['Most read', 'Ferry timetable changes from April', 'About us', 'Contact', '© 2021 Wexmouth Gazette'];

const dated = (...stamps: string[]) => parseClip([...MENU, HEADLINE, 'By Ellen Marsh', ...stamps, ...STORY, ...FOOTER].join('\n')).date;
const read = (text: string, usMonthFirst = true) => findFullDates(text, usMonthFirst).map((d) => [d.year, d.month, d.day]);

describe('the labels of a timestamp', () => {
  it('reach their date past a time, a zone and a weekday', () => {
    const labels = (line: string) => readDateLine(line, true)?.map((d) => d.label);
    expect(labels('Updated 9:15 am GMT, Tuesday, 4 May 2021')).toEqual(['updated']);
    expect(labels('Published 0412 GMT (1212 HKT) 3 May 2021')).toEqual(['published']);
    expect(labels('Posted at 7.02pm, Mon. 3 May 2021')).toEqual(['published']);
    expect(labels('POSTED: 16:20, Mon, May 3, 2021 | UPDATED: 08:35, Tue, May 4, 2021')).toEqual(['published', 'updated']);
  });

  it('make the published date the article’s when the updated one is printed first', () => {
    expect(dated('Updated 9:15 am GMT, Tuesday, 4 May 2021', 'Published 7:02 am GMT, Monday, 3 May 2021')).toBe('2021-05-03');
    expect(dated('Last updated: 18:40 CET, 4 May 2021', 'First published: 07:02 CET, 3 May 2021')).toBe('2021-05-03');
  });

  it('make the published date the article’s when both share the byline’s line', () => {
    const page = [...MENU, HEADLINE, 'By Ellen Marsh | Updated May 4, 2021, 10:02 AM | Published May 3, 2021', ...STORY, ...FOOTER];
    const draft = parseClip(page.join('\n'));
    expect(draft.date).toBe('2021-05-03');
    expect(draft.byline).toEqual(['Ellen Marsh']);
  });
});

describe('the forms a printed date takes', () => {
  it('reads the digits of other scripts', () => {
    expect(read('３ May ２０２１')).toEqual([[2021, 5, 3]]);
    expect(read('２０２１年５月３日 18:30')).toEqual([[2021, 5, 3]]);
    expect(read('٣ May ٢٠٢١')).toEqual([[2021, 5, 3]]);
    expect(read('२०२१-०५-०३')).toEqual([[2021, 5, 3]]);
    expect(dated('Published ３ May ２０２１, 07:02')).toBe('2021-05-03');
  });

  it('reads a Korean date', () => {
    expect(read('2021년 5월 3일 오후 7:02')).toEqual([[2021, 5, 3]]);
  });

  it('reads a two-digit year after day and month when a time follows it', () => {
    expect(read('Updated: 04.05.21, 09:15', false)).toEqual([[2021, 5, 4]]);
    expect(read('03.05.21 18.30', false)).toEqual([[2021, 5, 3]]);
    expect(read('version 3.05.21 of the rules')).toEqual([]);
    expect(dated('Updated: 04.05.21, 09:15', 'Published: 03.05.21, 07:02')).toBe('2021-05-03');
  });

  it('reads a day joined to its month by “of” or by dashes', () => {
    expect(read('Monday 3rd of May 2021')).toEqual([[2021, 5, 3]]);
    expect(read('the top 10 of May 2021')).toEqual([]);
    expect(read('03-May-2021 07:02')).toEqual([[2021, 5, 3]]);
    expect(read('03-05-2021', false)).toEqual([[2021, 5, 3]]);
    expect(read('05-03-2021', true)).toEqual([[2021, 5, 3]]);
    expect(dated('Monday 3rd of May 2021')).toBe('2021-05-03');
  });
});

describe('a timestamp printed above the part of the page read as the article', () => {
  const LEAGUE_MENU = ['Skip to main content', 'Home', 'Results', 'Fixtures', 'Clubs', 'Sign in'];
  const CLUBS = ['Harbour Rovers', 'Millbrook Town', 'Wexmouth United', 'Saltmarsh Athletic', 'Penrose Vale', 'Ferry Lane'];
  const TABLE = ['Rank Club Played Won Points', ...CLUBS.map((club, i) => `${i + 1} ${club} ${12 - i} ${9 - i} ${27 - 3 * i}`)];
  const NEWS = [
    'Latest from the league',
    'Millbrook Town appoint new manager after long search',
    'The club confirmed on Thursday that its former youth coach would take charge of the first team until the end of the season, after a search that lasted almost two months and drew more than forty applicants from across the region.',
    'The new manager said he wanted to bring more young players into the side and to keep the club in the top half of the table, and thanked the supporters who had written to the board on his behalf during the long search.',
    'His first match in charge is away at Saltmarsh Athletic next weekend, where the club has not won for six years and where the ground is being rebuilt after the flooding of last winter.',
  ];
  const standings = (...stamps: string[]) =>
    parseClip(
      [
        ...LEAGUE_MENU,
        'League standings',
        ...stamps,
        'Share',
        'All the points after the weekend’s matches.',
        ...TABLE,
        ...NEWS,
        'About us',
        '© 2021 League Weekly',
      ].join('\n'),
    ).date;

  it('dates the page when it is the only one there and gives a time of day', () => {
    expect(standings('Sunday, 17 October 2021 at 21:47')).toBe('2021-10-17');
  });

  it('does not when it is a date without a time, as a masthead prints today’s', () => {
    expect(standings('Sunday, 17 October 2021')).toBeNull();
  });

  it('does not when timestamps of other days stand there too', () => {
    expect(standings('Sunday, 17 October 2021 at 21:47', 'Saturday, 16 October 2021 at 09:40')).toBeNull();
  });
});

describe('the order of a numeric date', () => {
  const withComments = (stamp: string, comment: string) =>
    parseClip(
      [...MENU, HEADLINE, `By Ellen Marsh | ${stamp}`, ...STORY, 'Comments', `Ada Brennan ${comment}`, 'Well argued.', ...FOOTER].join(
        '\n',
      ),
    ).date;

  it('is the order another date on the page can only be read in', () => {
    expect(withComments('03/05/2021', '21/05/2021 at 9:40')).toBe('2021-05-03');
    expect(withComments('03/05/2021', '05/21/2021 at 9:40')).toBe('2021-03-05');
  });

  it('is the order the page writes its dates in words in, when it keeps to one', () => {
    expect(withComments('03/05/2021', '4 May 2021 at 9:40')).toBe('2021-05-03');
    expect(withComments('03/05/2021', 'May 4, 2021 at 9:40')).toBe('2021-03-05');
    expect(withComments('03/05/2021', '4 May 2021, replying to May 4, 2021')).toBe('2021-03-05');
  });

  it('is the language’s when no date on the page settles it', () => {
    expect(withComments('03/05/2021', '04/05/2021 at 9:40')).toBe('2021-03-05');
  });

  it('is day first on a page whose address is in a country that writes it so', () => {
    const at = (address: string, options = {}) =>
      parseClip([address, ...MENU, HEADLINE, 'By Ellen Marsh | 03/05/2021', ...STORY, ...FOOTER].join('\n'), options).date;
    expect(at('https://www.wexmouthgazette.co.uk/news/sea-wall')).toBe('2021-05-03');
    expect(at('https://wexmouth.example.ie/sea-wall')).toBe('2021-05-03');
    expect(at('https://www.wexmouthgazette.com/news/sea-wall')).toBe('2021-03-05');
    expect(at('https://wexmouth.example.us/sea-wall')).toBe('2021-03-05');
    // A country's code sold to sites anywhere says nothing of where the page is written.
    expect(at('https://wexmouth.io/sea-wall')).toBe('2021-03-05');
    expect(at('', { pageUrl: 'https://www.wexmouthgazette.com.au/sea-wall' })).toBe('2021-05-03');
  });

  it('is day first on a page whose markup declares a language other than American English', () => {
    const declared = (locale: string) =>
      parseClip([...MENU, HEADLINE, 'By Ellen Marsh | 03/05/2021', ...STORY, ...FOOTER].join('\n'), { locale }).date;
    expect(declared('en-GB')).toBe('2021-05-03');
    expect(declared('en_AU')).toBe('2021-05-03');
    expect(declared('fr')).toBe('2021-05-03');
    expect(declared('en-US')).toBe('2021-03-05');
    expect(declared('en')).toBe('2021-03-05');
  });
});

describe('a header timestamp without a year', () => {
  const stamped = (masthead: string, stamp: string) =>
    parseClip([masthead, ...MENU, HEADLINE, 'By Ellen Marsh', stamp, ...STORY, 'About us', 'Contact'].join('\n')).date;

  it('takes the year of the page’s latest date when no copyright line gives one', () => {
    expect(stamped('Tuesday, 4 May 2021', 'Published 12:30 GMT, 3 May')).toBe('2021-05-03');
  });

  it('takes the year before when its day falls after that date', () => {
    expect(stamped('Monday, 3 January 2022', 'Published 12:30 GMT, 30 December')).toBe('2021-12-30');
  });
});

describe('a header line that gives only a month and day', () => {
  const under = (...header: string[]) => parseClip([...MENU, HEADLINE, ...header, ...STORY, ...FOOTER].join('\n')).date;

  it('dates the page in the copyright line’s year, past a weekday, a reading time or a French time', () => {
    expect(under('by Ellen Marsh', 'Oct. 3 · 6 min read')).toBe('2021-10-03');
    expect(under('By Ellen Marsh', 'Tuesday, March 9')).toBe('2021-03-09');
    expect(under('Par Ellen Marsh', 'Le 9 mars à 14h05')).toBe('2021-03-09');
  });

  it('reads it beside the writer’s name before a bar', () => {
    expect(under('Ellen Marsh | March 9')).toBe('2021-03-09');
  });

  it('takes the published day over the updated one, whichever comes first', () => {
    expect(under('By Ellen Marsh', 'Updated Mar 11', 'Published Mar 9')).toBe('2021-03-09');
  });

  it('does not when the line says more than when', () => {
    expect(under('By Ellen Marsh', 'Council meets again on March 9 to set the budget')).toBeNull();
  });
});
