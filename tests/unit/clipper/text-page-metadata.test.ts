import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { findFullDates } from '../../../electron/shared/clipper/date.js';
import { readDateLine } from '../../../electron/shared/clipper/date-line.js';

/**
 * Made-up news pages selected whole and pasted as plain text: a menu above the story, its header,
 * the story, a list of other stories and a footer. Each test changes the header or the furniture
 * and reads the metadata back.
 */
const MENU = ['Skip to main content', 'Home', 'World', 'Business', 'Sport', 'Culture', 'Sign in'];
const STORY = [
  'The council of Wexmouth voted on Monday to rebuild the town’s crumbling sea wall, ending a dispute that had divided residents for more than a decade and delayed repairs after two winter storms.',
  '“We could not wait for a third storm,” said Joshua Penrose, who chairs the council’s harbour committee. “The wall protects every house on the front, and the insurers have told us so twice.”',
  'The project will cost about 14 million pounds, most of it from a regional flood fund, and work is due to start in the autumn once the fishing season has ended and the boats are out of the water.',
  'Residents who opposed the plan had argued for a cheaper repair of the existing wall, but engineers told the meeting that the old stone could not carry the weight of new defences.',
];
const MORE = [
  'Most read',
  'Ferry timetable changes from April',
  'Three new shops open on the high street',
  'Lifeboat crew called out twice in one night',
];
const FOOTER = ['About us', 'Contact', 'Privacy policy'];
const HEADLINE = 'Harbour town votes to rebuild its old sea wall';

function page(parts: { top?: string[]; menu?: string[]; header: string[]; story?: string[]; footer?: string[] }): string {
  return [
    ...(parts.top ?? []),
    ...(parts.menu ?? MENU),
    ...parts.header,
    ...(parts.story ?? STORY),
    ...MORE,
    ...FOOTER,
    ...(parts.footer ?? []),
  ].join('\n');
}

describe('the date of a page pasted as text', () => {
  it('is the day in UTC when the timestamp gives a time and its zone, the printed day otherwise', () => {
    const late = parseClip(page({ header: [HEADLINE, 'Ellen Marsh - Mar 9, 2024, 11:47 pm MST', 'Share'] }));
    expect(late.date).toBe('2024-03-10');
    const labelled = parseClip(page({ header: [HEADLINE, 'By Ellen Marsh', 'Published 10:52 pm PST, Saturday, March 9, 2024'] }));
    expect(labelled.date).toBe('2024-03-10');
    const east = parseClip(page({ header: [HEADLINE, 'By Ellen Marsh', 'Published 07:30 JST, 10 March 2024'] }));
    expect(east.date).toBe('2024-03-09');
    const offset = parseClip(page({ header: [HEADLINE, 'Updated 23:05 GMT+3, 9 March 2024'] }));
    expect(offset.date).toBe('2024-03-09');
    // A zone that changes with the season, or a time without a zone, leaves the printed day.
    expect(parseClip(page({ header: [HEADLINE, 'Published 10:52 pm ET, March 9, 2024'] })).date).toBe('2024-03-09');
    expect(parseClip(page({ header: [HEADLINE, 'Published 10:52 pm, March 9, 2024'] })).date).toBe('2024-03-09');
  });

  it('is the publication date of a platform’s line that also names the publication the post is in', () => {
    const line = 'Published in Harbour Notes · 5 min read · Updated Mar 5, 2024 · Published Mar 4, 2024';
    expect(parseClip(page({ header: [HEADLINE, 'Ellen Marsh', line] })).date).toBe('2024-03-04');
  });

  it('reads a dotted date month first when it cannot be read day first', () => {
    const [us] = findFullDates('By Ellen Marsh — 11.19.2024');
    expect([us!.year, us!.month, us!.day]).toEqual([2024, 11, 19]);
    const [eu] = findFullDates('04.03.2024');
    expect([eu!.year, eu!.month, eu!.day]).toEqual([2024, 3, 4]);
  });

  it('reads Spanish and Portuguese dates joined by “de”, and Indonesian and Dutch months', () => {
    const [pt] = findFullDates('sábado, 9 de março de 2024 às 21:47');
    expect([pt!.year, pt!.month, pt!.day]).toEqual([2024, 3, 9]);
    const [id] = findFullDates('Ditulis pada Maret 9, 2024 oleh Redaksi');
    expect([id!.year, id!.month, id!.day]).toEqual([2024, 3, 9]);
    const [nl] = findFullDates('gepubliceerd op 14 augustus 2019');
    expect([nl!.year, nl!.month, nl!.day]).toEqual([2019, 8, 14]);
  });

  it('reads the labels, weekdays and times of Spanish, Portuguese, Italian, Dutch and Indonesian timestamps', () => {
    const read = (line: string) => readDateLine(line, false)?.map((d) => [d.label, d.date.year, d.date.month, d.date.day]);
    expect(read('Publicado em 19/11/2019 às 20h13')).toEqual([['published', 2019, 11, 19]]);
    expect(read('Actualizado el martes, 19 de noviembre de 2019 a las 20:13')).toEqual([['updated', 2019, 11, 19]]);
    expect(read('Pubblicato il 19 novembre 2019 alle 20:13')).toEqual([['published', 2019, 11, 19]]);
    expect(read('Bijgewerkt op dinsdag 19 november 2019 om 20:13')).toEqual([['updated', 2019, 11, 19]]);
    expect(read('Diterbitkan: Selasa, 19 November 2019 | 20:13 WIB')).toEqual([['published', 2019, 11, 19]]);
    expect(readDateLine('Pubblicato il 19 novembre 2019 nella sezione cronaca locale', false)).toBeNull();
  });
});

describe('the source of a page pasted as text', () => {
  it('is the outlet whose initials or wire stand before the author’s role in the byline', () => {
    expect(parseClip(page({ header: [HEADLINE, 'By Ellen Marsh, WXG Staff', 'March 4, 2024'] })).source).toBe('WXG');
    const wire = parseClip(page({ header: [HEADLINE, 'Ellen Marsh, Ap Auto Writer', 'March 4, 2024'] }));
    expect(wire.source).toBe('AP');
    expect(wire.byline).toEqual(['Ellen Marsh']);
  });

  it('is not the author’s beat or role', () => {
    for (const role of ['Science Writer', 'Staff Writer', 'STAFF WRITER', 'Senior Correspondent']) {
      expect(parseClip(page({ header: [HEADLINE, `By Ellen Marsh, ${role}`, 'March 4, 2024'] })).source).toBeNull();
    }
  });

  it('is the name two notices give the site, over the company owning it', () => {
    const draft = parseClip(
      page({
        top: ['Harbourline is supported by its audience. When you buy through links on our site, we may earn a commission.'],
        header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'],
        footer: [
          'Harbourline is part of Example Media Group, an international publisher.',
          '© Example Media Group, Inc. 1 Mill Lane, Townsville.',
        ],
      }),
    );
    expect(draft.source).toBe('Harbourline');
  });

  it('is one notice’s name only when another line agrees', () => {
    const draft = parseClip(
      page({
        header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'],
        footer: ['Harbourline is part of Example Media Group, an international publisher.'],
      }),
    );
    expect(draft.source).toBeNull();
  });

  it('is the address heading the page as its logo, over the names of its podcasts and newsletters', () => {
    const draft = parseClip(
      page({
        top: ['HarbourGazette.com', 'Tide Tables'],
        header: ['Tide Talk Podcast', HEADLINE, 'By Ellen Marsh', 'March 4, 2024'],
        footer: ['Tide Talk Newsletter', 'Tide Talk Podcast'],
      }),
    );
    expect(draft.source).toBe('HarbourGazette.com');
  });

  it('is a logo’s name confirmed by an address on the site’s own domain', () => {
    const draft = parseClip(
      page({
        top: ['SeaWallNews'],
        header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'],
        footer: ['Send your letters to desk@seawallnews.co.uk'],
      }),
    );
    expect(draft.source).toBe('SeaWallNews');
    expect(parseClip(page({ top: ['SeaWallNews'], header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'] })).source).toBeNull();
  });

  it('is a logo set in capitals when the story names the site', () => {
    const story = [
      ...STORY.slice(0, 3),
      'The mayor told Tidewatch that the first stones would be laid before Christmas, weather permitting, and that the road would stay open.',
    ];
    const named = parseClip(page({ top: ['TIDEWATCH'], header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'], story }));
    expect(named.source).toBe('Tidewatch');
    const unnamed = parseClip(page({ top: ['TIDEWATCH'], header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'] }));
    expect(unnamed.source).toBeNull();
  });

  it('is read from a copyright line that lost its sign', () => {
    const draft = parseClip(
      page({
        header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'],
        footer: ['Wexmouth Gazette', '2024 Wexmouth Gazette, Inc. All Rights Reserved'],
      }),
    );
    expect(draft.source).toBe('Wexmouth Gazette');
  });

  it('is the company a press release closes on, under its “About” heading', () => {
    const release = parseClip(
      page({
        header: ['Tidemark Systems names new chief of engineering', 'March 4, 2024'],
        footer: ['About Tidemark Systems', 'Tidemark Systems builds flood sensors for harbours and rivers and is based in Wexmouth.'],
      }),
    );
    expect(release.source).toBe('Tidemark Systems');
  });

  it('is not the author an “About” note describes', () => {
    const bio = parseClip(
      page({
        header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'],
        footer: ['About Ellen Marsh', 'Ellen Marsh writes about the coast and its towns for several papers.'],
      }),
    );
    expect(bio.source).toBeNull();
  });

  it('is the site’s own spelling of a name its owner’s copyright gives with “The” and a legal form', () => {
    const draft = parseClip(
      page({
        header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'],
        footer: [
          'Tideline is published by The Tideline Group, a family company.',
          'All contents © 2024 The Tideline Group LLC. All rights reserved.',
        ],
      }),
    );
    expect(draft.source).toBe('Tideline');
  });

  it('is the name as the site writes it bare, not a label’s “The Name”', () => {
    const draft = parseClip(
      page({ header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'], footer: ['The Tideline Newsletter', 'About Tideline'] }),
    );
    expect(draft.source).toBe('Tideline');
  });

  it('is the outlet the author’s note says the author works for now', () => {
    const source = (note: string) => parseClip(page({ header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'], footer: [note] })).source;
    expect(source('Ellen Marsh is a senior reporter for the Wexmouth Gazette. She lives by the harbour.')).toBe('Wexmouth Gazette');
    expect(source('Ellen covers courts and councils for Tideline and hosts its weekly podcast.')).toBe('Tideline');
    expect(source('Ellen Marsh is the founder of Tide2Shore.com, a guide to the coast.')).toBe('Tide2Shore.com');
    expect(source('Ellen Marsh is Tideline’s harbour correspondent.')).toBe('Tideline');
    expect(source('Ellen Marsh was a reporter for the Wexmouth Gazette before she went freelance.')).toBeNull();
    expect(source('Jane Roe is a senior reporter for the Wexmouth Gazette.')).toBeNull();
    // A place is the author's beat, not an employer.
    expect(source('Ellen Marsh is our local democracy reporter for Bristol and North Somerset.')).toBeNull();
    expect(source('Ellen covers farming for Scotland and the north of England.')).toBeNull();
  });

  it('is the site the author’s own e-mail address is on, but not a mail service', () => {
    const source = (byline: string) => parseClip(page({ header: [HEADLINE, byline, 'March 4, 2024'] })).source;
    expect(source('By Ellen Marsh ellen.marsh@tideline.co.uk')).toBe('tideline.co.uk');
    expect(source('By Ellen Marsh ellen.marsh@gmail.com')).toBeNull();
    expect(source('By Ellen Marsh ellen.marsh@mail.ru')).toBeNull();
  });

  it('is the company its copyright names when the menus only add a word to that name', () => {
    const draft = parseClip(
      page({
        menu: ['Seaspray Kids Books', 'Seaspray Kids Toys', 'Seaspray Kids Clubs', 'Sign in'],
        header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'],
        footer: ['© 2024 Seaspray, LLC. All rights reserved.'],
      }),
    );
    expect(draft.source).toBe('Seaspray');
  });

  it('is the outlet a byline runs into after the author’s name, opening on its town', () => {
    const credited = (line: string) => parseClip(page({ header: [HEADLINE, line, 'March 4, 2024'] }));
    const two = credited('Ellen Marsh Tulsa Herald');
    expect([two.byline, two.source]).toEqual([['Ellen Marsh'], 'Tulsa Herald']);
    const three = credited('Ellen Jane Marsh Tulsa Today');
    expect([three.byline, three.source]).toEqual([['Ellen Jane Marsh'], 'Tulsa Today']);
  });

  it('is the site of the page’s address lines when they all point to it', () => {
    const one = parseClip(
      page({ header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'], footer: ['https://www.tideline.example.org/news/ferry-timetable'] }),
    );
    expect(one.source).toBe('tideline.example.org');
    const two = parseClip(
      page({
        header: [HEADLINE, 'By Ellen Marsh', 'March 4, 2024'],
        footer: ['https://www.tideline.example.org/news/ferry', 'https://other.example.net/watch'],
      }),
    );
    expect(two.source).toBeNull();
  });
});

describe('the headline of a page pasted as text', () => {
  // Shaped like a wire dateline (`PLACE (AGENCY) –`), this headline opens the page's run of prose.
  const DATELINE_SHAPED = 'Harbour Wall Plan (HWP) – the long road to a safer seafront for the town';
  const CREDITS = ['Zurück zur Übersicht', 'Von Ellen Marsh publiziert am 4. März 2024'];

  it('is the line under the byline and date when nothing above them reads as a headline', () => {
    const draft = parseClip(page({ menu: [], header: [...CREDITS, DATELINE_SHAPED] }));
    expect(draft.title).toBe(DATELINE_SHAPED);
    expect(draft.paragraphs[0]).toBe(STORY[0]);
    expect(draft.date).toBe('2024-03-04');
  });

  it('is not a sentence under the credits', () => {
    const sentence = 'Harbour Wall Plan (HWP) – the town will rebuild its wall.';
    expect(parseClip(page({ menu: [], header: [...CREDITS, sentence] })).title).not.toBe(sentence);
  });

  it('opens on a picture’s noun with no colon, while the player’s short caption under it stays out of the story', () => {
    const headline = 'Video shows volunteers hauling a stranded seal back into the harbour';
    const draft = parseClip(page({ header: [headline, 'By Ellen Marsh', 'March 4, 2024', 'Video shows the seal rescue'] }));
    expect(draft.title).toBe(headline);
    expect(draft.paragraphs[0]).toBe(STORY[0]);
  });
});

describe('the byline of a page pasted as text', () => {
  it('is the names without the role a page’s text runs into them, before or after, alone or shared', () => {
    const byline = (line: string) => parseClip(page({ header: [HEADLINE, line, 'March 4, 2024'] })).byline;
    expect(byline('By Ellen Marsh and Tom Okafor Trade Correspondents')).toEqual(['Ellen Marsh', 'Tom Okafor']);
    expect(byline('By Ellen Marsh and Tom Okafor, Trade Correspondents')).toEqual(['Ellen Marsh', 'Tom Okafor']);
    expect(byline('By Tom Okafor Correspondent')).toEqual(['Tom Okafor']);
    expect(byline('By Anne van Dijk Senior Political Correspondent')).toEqual(['Anne van Dijk']);
    expect(byline('By Senior Correspondent Ellen Marsh')).toEqual(['Ellen Marsh']);
    expect(byline('By Ellen Jane Marsh')).toEqual(['Ellen Jane Marsh']);
  });

  it('is the name of an author box’s line that runs the name into the role, under the headline', () => {
    const read = (line: string) => parseClip(page({ header: ['Local News, Education', HEADLINE, line, 'March 4, 2024', 'Share'] }));
    const staff = read('Ellen Marsh Staff Writer');
    expect(staff.title).toBe(HEADLINE);
    expect(staff.byline).toEqual(['Ellen Marsh']);
    expect(read('Mary Ann Okafor Chief Transport Correspondent').byline).toEqual(['Mary Ann Okafor']);
  });

  it('ends the names at a bullet, a middle dot or a slash before the date or reading time, in any language', () => {
    const byline = (line: string) => parseClip(page({ header: [HEADLINE, line] })).byline;
    expect(byline('By Ellen Marsh • March 4, 2024 • 4 min read')).toEqual(['Ellen Marsh']);
    expect(byline('By Ellen Marsh and Tom Okafor • March 4, 2024')).toEqual(['Ellen Marsh', 'Tom Okafor']);
    expect(byline('By Ellen Marsh / March 4, 2024')).toEqual(['Ellen Marsh']);
    expect(byline('Автор: Елена Маршева • 04.03.2024')).toEqual(['Елена Маршева']);
    expect(byline('Von Ellen Marsch · 04.03.2024')).toEqual(['Ellen Marsch']);
    expect(byline('Par Hélène Marche • 04/03/2024')).toEqual(['Hélène Marche']);
  });

  it('is never a credit’s word taken for a name’s first word', () => {
    const draft = parseClip([HEADLINE, 'By Ellen', '', ...STORY].join('\n'), { isolated: true });
    expect(draft.byline).toEqual([]);
  });

  it('is the name before the timestamp on one line, but not a label or a place there', () => {
    expect(parseClip(page({ header: [HEADLINE, 'Ellen Marsh - Mar 9, 2024, 11:47 pm MST', 'Share'] })).byline).toEqual(['Ellen Marsh']);
    expect(parseClip(page({ header: [HEADLINE, 'Last Updated - Mar 9, 2024, 11:47 pm MST'] })).byline).toEqual([]);
    expect(parseClip(page({ header: [HEADLINE, 'New York - Mar 9, 2024, 11:47 pm MST'] })).byline).toEqual([]);
  });

  it('is the name on the line under a credit’s word standing alone', () => {
    // A teaser's byline up the page is not the story's, and does not hide the story's own.
    const draft = parseClip(
      page({
        top: ['Ferry timetable changes from April', 'By Sam Roe'],
        header: [HEADLINE, 'A standfirst that sums the story up for readers', 'By', 'Ellen Marsh', 'Ellen Marsh', 'Reporter'],
      }),
    );
    expect(draft.byline).toEqual(['Ellen Marsh']);
  });

  it('is the name a “Posted by … on …” line gives before its date', () => {
    const draft = parseClip(page({ header: [HEADLINE, 'Posted by Ellen Marsh on November 19, 2024, 6:21 AM EST'] }));
    expect(draft.byline).toEqual(['Ellen Marsh']);
    expect(draft.date).toBe('2024-11-19');
  });

  it('is the name before the author’s handle', () => {
    expect(parseClip(page({ header: [HEADLINE, 'Ellen Marsh @ellenmarsh / 2 days'] })).byline).toEqual(['Ellen Marsh']);
  });

  it('is the name before a label, between the headline and its timestamp', () => {
    const draft = parseClip(page({ header: [HEADLINE, 'Ellen Marsh, Harbour Insider', '19.11.2024, 08:57'] }));
    expect(draft.byline).toEqual(['Ellen Marsh']);
  });
});

describe('the headline of a page pasted as text, among other lines like it', () => {
  const QUESTION = 'Harbour wall plan on the table; will the town finally pay for it?';
  const STANDFIRST = 'The council meets on Monday to settle a dispute that has divided the harbour town for more than a decade.';

  it('is a question printed twice on the page, over the standfirst its byline stands under', () => {
    const draft = parseClip(
      page({
        header: ['March 4, 2024', QUESTION, STANDFIRST, 'Ellen Marsh @ellenmarsh'],
        footer: ['Harbour News', 'Latest', QUESTION],
      }),
    );
    expect(draft.title).toBe(QUESTION);
    expect(draft.byline).toEqual(['Ellen Marsh']);
  });

  it('is not a teaser that a “Read more” link follows', () => {
    const teaser = ['Deals', 'Our pick of the best buys this week', 'The best buys for your boat.', 'Read more'];
    expect(parseClip(page({ header: [HEADLINE, 'Share', ...teaser] })).title).toBe(HEADLINE);
    const standfirst = 'The vote ends a dispute. The work starts in the autumn.';
    expect(parseClip(page({ header: [HEADLINE, standfirst, 'By Ellen Marsh | March 4, 2024', ...teaser] })).title).toBe(HEADLINE);
  });

  it('is the headline alone, not the same words with a breadcrumb glued before them', () => {
    const draft = parseClip(page({ header: [`Home Coast & TownsSeafront ${HEADLINE}`, 'Sponsored', HEADLINE.toUpperCase(), 'Share'] }));
    expect(draft.title).toBe(HEADLINE.toUpperCase());
  });

  it('is found when a list heading in the menu is only one of its items', () => {
    const draft = parseClip(
      page({ menu: ['Home', 'News', 'Top Stories', 'Sport', 'Living', 'Travel'], header: [HEADLINE, HEADLINE, 'Share', 'March 4, 2024'] }),
    );
    expect(draft.title).toBe(HEADLINE);
  });

  it('is not the attribution of a quotation that opens the page', () => {
    const draft = parseClip(
      page({
        header: [
          '“The wall will cost us nothing in the end.”',
          '— Joshua Penrose on Monday, March 4th, 2024 in a letter to a newspaper',
          'Will the sea wall really cost the town nothing at all?',
          'By Ellen Marsh on Tuesday, March 5th, 2024 at 11:08 a.m.',
        ],
      }),
    );
    expect(draft.title).toBe('Will the sea wall really cost the town nothing at all?');
  });
});
