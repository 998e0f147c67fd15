import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { FOOTER, MENU, page, story } from './made-up-page.js';

describe('where the article ends on a page pasted whole', () => {
  it.each([
    [
      'an author box',
      [
        'About Nora Quill',
        'Nora Quill has written about gardens and the people who keep them for twenty years, and lives in a cottage with a walled garden of her own.',
      ],
    ],
    [
      'an author box in German',
      [
        'Über Nora Quill',
        'Nora Quill schreibt seit zwanzig Jahren über Gärten und die Menschen, die sie pflegen, und lebt in einem Haus mit einem eigenen ummauerten Garten.',
      ],
    ],
    [
      'a count of readers’ thoughts',
      [
        '3 thoughts on “Villagers plant an orchard of forgotten apples” Ben Arlow',
        'What a lovely idea, and I hope the trees do well on that windy common, because the soil there is thin and the winters are hard on anything young.',
      ],
    ],
    [
      'a prompt to comment',
      [
        'Add your comment',
        'Lovely to read about this, we walked past the common last week and wondered what all the stakes in the grass were for, now we know the answer.',
      ],
    ],
  ])('stops at %s', (_, after) => {
    const draft = parseClip(page(after));
    expect(draft.paragraphs).toEqual(story);
  });
});

describe('lines printed twice on a page', () => {
  it('drops a sentence the page repeats, such as a caption, from the body', () => {
    const caption = 'Volunteers carry young apple trees across the common on Saturday morning.';
    const draft = parseClip(`${page([]).replace(story[1]!, `${caption}\n${story[1]}`)}\n${caption}`);
    expect(draft.paragraphs).toEqual(story);
    expect(draft.cruft).toContain(caption);
  });
});

describe('the site’s name on a page pasted whole', () => {
  const withFurniture = (top: readonly string[], bottom: readonly string[]) => page([], { top, bottom });

  it('takes the name the page calls itself by over its owner’s copyright', () => {
    const draft = parseClip(
      withFurniture(
        ['Support The Valley Courier'],
        ['About The Valley Courier', 'ValleyCourier.com', '© 2024 Ridgeway Media Holdings, LLC. All rights reserved.'],
      ),
    );
    expect(draft.source).toBe('The Valley Courier');
  });

  it('keeps the copyright’s name when the page calls itself that too', () => {
    const draft = parseClip(
      withFurniture(
        ['Follow Valley Courier Weekly'],
        ['VC Newsletters', 'Contact VC', '© 2024 Valley Courier Weekly. All rights reserved.'],
      ),
    );
    expect(draft.source).toBe('Valley Courier Weekly');
  });

  it('does not take a name given only once, or a person’s name in an author box', () => {
    const draft = parseClip(withFurniture([], ['About Nora Quill', 'Nora Quill has written about gardens for twenty years.']));
    expect(draft.source).toBeNull();
  });

  it('reads no outlet from a photo credit’s copyright or a heading that only starts with the word', () => {
    expect(parseClip(withFurniture([], ['(Image: © Jane Roe)', 'Copyright and Reprints'])).source).toBeNull();
  });
});

describe('a timestamp with a two-digit year', () => {
  it('dates the article from `By NAME - 4/2/24 06:56 AM EST`', () => {
    const draft = parseClip(page([]).replace('April 2, 2024', 'By Nora Quill - 4/2/24 06:56 AM EST').replace('By Nora Quill\n', ''));
    expect(draft.date).toBe('2024-04-02');
  });

  it('does not read a fraction or a score as a date', () => {
    expect(
      parseClip(`Harbour walls to be raised\n\nThe vote was carried by 3/4/24 of the members present, the clerk said on the night.`).date,
    ).toBeNull();
  });
});

describe('the headline of an article pasted alone', () => {
  it('is not a link back to the list of articles', () => {
    const text = ['Back to the overview', 'By Nora Quill, April 2, 2024', 'Villagers plant an orchard of forgotten apples', ...story].join(
      '\n',
    );
    expect(parseClip(text).title).toBe('Villagers plant an orchard of forgotten apples');
  });
});

describe('bylines on a page pasted whole', () => {
  const withByline = (byline: string) => page([]).replace('By Nora Quill', byline);

  it('cuts a job title glued to the name', () => {
    expect(parseClip(withByline('By Nora QuillGardens Columnist')).byline).toEqual(['Nora Quill']);
    expect(parseClip(withByline('By Nora Quill, Foreign Affairs Correspondent')).byline).toEqual(['Nora Quill']);
  });

  it('ends the names at an e-mail address', () => {
    expect(parseClip(withByline('By Nora Quill noraq@example.org')).byline).toEqual(['Nora Quill']);
  });

  it('reads a byline after a date and a bar, leaving degrees out of the outlet', () => {
    const draft = parseClip(withByline('April 2, 2024 | BY: Nora Quill, MS, RDN').replace('April 2, 2024\n', ''));
    expect(draft.byline).toEqual(['Nora Quill']);
    expect(draft.title).toBe('Villagers plant an orchard of forgotten apples');
    expect(draft.source).toBeNull();
  });

  it('takes an outlet’s acronym and section for no one’s name', () => {
    expect(parseClip(withByline('By Nora Quill, WXYZ Gardens')).byline).toEqual(['Nora Quill']);
  });

  it('leaves out the bylines of other stories teased below the article', () => {
    const teasers = [
      'Read next',
      'The hedgerow that outlived the railway',
      'By Tom Arden',
      'A ferry for the river crossing?',
      'By Ivy Lund',
    ];
    expect(parseClip(page(teasers)).byline).toEqual(['Nora Quill']);
  });
});

describe('the headline of a page pasted whole', () => {
  it('is the shorter line over a longer standfirst, past a one-word label', () => {
    const header = [
      'Villagers plant an orchard of forgotten apples',
      'Gardens',
      'Forty trees grafted from old farm gardens now stand on the common, where the first fruit is due in about four years',
      'April 2, 2024',
    ];
    const text = [...MENU, ...header, ...story, ...FOOTER].join('\n');
    expect(parseClip(text).title).toBe('Villagers plant an orchard of forgotten apples');
  });

  it('is not a sharing widget printed twice around it', () => {
    const widget = [
      'Facebook',
      'Twitter',
      'Show more sharing options',
      'Share Close extra sharing options',
      'Facebook',
      'Twitter',
      'Email',
      'Print',
    ];
    const header = [
      ...widget,
      'Gardens',
      'Villagers plant an orchard of forgotten apples',
      'Forty trees grafted from old farm gardens now stand on the common',
      '(Jane Roe / Example Agency)',
      'By Nora Quill',
      'April 2, 2024',
      ...widget,
    ];
    const text = [...MENU, ...header, ...story, ...FOOTER].join('\n');
    expect(parseClip(text).title).toBe('Villagers plant an orchard of forgotten apples');
  });
});

describe('what lies inside the article’s run on a page pasted whole', () => {
  it('drops photo captions by their shape', () => {
    const captions = [
      'Mayor Ann Reyes, left, and the orchard keeper Tom Hale plant the first tree on the common on Saturday.',
      'In this March 2, 2021, file photo, the common lies bare before the planting began.',
    ];
    const draft = parseClip(page([]).replace(story[1]!, `${captions.join('\n')}\n${story[1]}`));
    expect(draft.paragraphs).toEqual(story);
  });

  it('drops a standfirst above the byline, which is not the body', () => {
    const standfirst = 'Forty trees grafted from old farm gardens now stand on the common, and the first fruit is due in four years or so.';
    const draft = parseClip(page([]).replace('By Nora Quill', `${standfirst}\nBy Nora Quill`));
    expect(draft.paragraphs).toEqual(story);
  });

  it('ends before headlines of other stories cut short', () => {
    const teasers = [
      'More in Gardens',
      'The hedgerow that outlived the railway and the …',
      'A ferry for the river crossing, and why the council said no …',
      'Bees return to the old vicarage garden after …',
    ];
    expect(parseClip(page(teasers)).paragraphs).toEqual(story);
  });

  it.each([
    [
      'Click to share on Facebook (Opens in new window) Click to share by e-mail (Opens in new window) Click to print (Opens in new window)',
    ],
    ['SEE MORE: Bees return to the old vicarage garden'],
    ["DON'T MISS"],
  ])('drops the prompt %s', (prompt) => {
    expect(parseClip(page([]).replace(story[2]!, `${prompt}\n${story[2]}`)).paragraphs).toEqual(story);
  });

  it.each([
    [
      'a list the article introduces with a colon',
      [
        'The varieties planted:',
        '– Winter Queening, a red dessert apple',
        '– Brindle Pippin, for cooking',
        '– Cat’s Head, a large green apple',
      ],
    ],
    [
      'each item of a list its own paragraph, though the items are as long as wrapped lines',
      [
        'The pruning days this winter:',
        'Jan. 6 – North row of the orchard, from ten o’clock',
        'Jan. 13 – South row of the orchard, from ten o’clock',
        'Jan. 20 – The old pear tree by the gate, after lunch',
      ],
    ],
    [
      'a dated list under a heading of its own at the article’s end',
      [
        'Pruning days',
        'Jan. 6 – North row, from ten o’clock',
        'Jan. 13 – South row',
        'Jan. 20 – The old pear tree',
        'Jan. 27 – Bonfire of the cuttings',
      ],
    ],
  ])('keeps %s', (_what, list) => {
    expect(parseClip(page(list)).paragraphs).toEqual([...story, ...list]);
  });
});

describe('outlets that are not the site', () => {
  it('reads no outlet from a bar-separated line of links far from the article', () => {
    expect(parseClip(page(['Entries Feed | Comments Feed'])).source).toBeNull();
  });

  it('leaves a reviewer’s degrees out of the outlet', () => {
    const draft = parseClip(page([]).replace('By Nora Quill', 'Written by Nora Quill, BSc, APD'));
    expect(draft.byline).toEqual(['Nora Quill']);
    expect(draft.source).toBeNull();
  });

  it('cuts a copyright line’s name at a dash or an address', () => {
    expect(parseClip(page(['© Brindle Works — Read our terms of use.'])).source).toBe('Brindle Works');
    // A company's copyright stands for the site when the page names the site elsewhere too.
    expect(parseClip(page(['Contact Brindle Works', 'Copyright © Brindle Works Ltd, 4 Mill Lane, Brindlecombe'])).source).toBe(
      'Brindle Works',
    );
  });

  it('does not take the company in a copyright line for the site when the page never names it otherwise', () => {
    expect(parseClip(page(['Copyright © Ashcombe Regional Holdings Ltd, 4 Mill Lane, Brindlecombe'])).source).toBeNull();
  });

  it('spells out a copyright company’s initials from a line of the page', () => {
    expect(parseClip(page(['Brindle Valley Echo', '© 2024 BVE Holdings, Inc. All rights reserved.'])).source).toBe('Brindle Valley Echo');
  });

  it('reads no site from blogging software, a feed link or unnamed agencies', () => {
    expect(parseClip(page(['Blog at WordPress.com.', 'WordPress.com', 'WordPress.org'])).source).toBeNull();
    expect(parseClip(page(['Entries RSS', 'Comments RSS', 'Posts RSS'])).source).toBeNull();
    expect(parseClip(page(['SOURCE: News agencies'])).source).toBeNull();
  });

  it('reads a caption’s outlet only from a photographer’s credit, not from a menu item or a headline', () => {
    expect(parseClip(page(['Help/Support', 'Weddings/Celebrations'])).source).toBeNull();
    expect(parseClip(page(['Brindle gunsmith leaving town for Wyoming'])).source).toBeNull();
  });

  it('does not take a word like `NOW` that opens menu items for the site’s name', () => {
    expect(parseClip(page(['NOW ON TV', 'NOW ON RADIO', 'NOW ON STAGE'])).source).toBeNull();
  });
});

describe('the site’s name from its logo line', () => {
  const RELATED = [
    'More from the valley',
    'Ferry timetable changes for the winter',
    'Village hall roof to be mended before Christmas',
    'Cider makers report a bumper year',
  ];
  const withTop = (top: readonly string[], bottom: readonly string[]) => page([...RELATED, ...bottom], { top });

  it('is the page’s first line when its footer gives the same name alone', () => {
    expect(parseClip(withTop(['Harbour Ledger'], ['Harbour Ledger'])).source).toBe('Harbour Ledger');
  });

  it('is a later line above the headline when a copyright or About line names it', () => {
    expect(parseClip(withTop(['Log in', 'Subscribe', 'HarbourLedger'], ['© 2024 HarbourLedger, LLC. All rights reserved.'])).source).toBe(
      'HarbourLedger',
    );
  });

  it('is not an ordinary word or a menu item printed again in the footer', () => {
    expect(parseClip(withTop(['Markets'], ['Markets'])).source).toBeNull();
    expect(parseClip(withTop(['Gull Point', 'Valley Walks'], ['Valley Walks'])).source).toBeNull();
  });
});

describe('a table pasted as text, one row to a line', () => {
  const story = (rows: string[]) =>
    [
      'Regional vote count',
      'The electoral board published the final count for the northern district on Sunday evening, after two recounts.',
      ...rows,
      'Turnout was the highest in the district since the board began keeping records, officials said.',
    ].join('\n\n');

  it('keeps the rows of figures and the header above them', () => {
    const rows = ['Rank | Candidate | Votes | Share', '1 | Ann Reyes | 5,040 | 12%', '2 | Tomas Berg | 4,980 | 11%'];
    expect(parseClip(story(rows)).paragraphs).toEqual(expect.arrayContaining(rows));
  });

  it('still leaves out a pager and a link bar', () => {
    const draft = parseClip(story(['1 | 2 | 3 | Next', 'Home | World | Sport | Business']));
    expect(draft.cruft).toEqual(expect.arrayContaining(['1 | 2 | 3 | Next', 'Home | World | Sport | Business']));
  });
});

describe('a press release and a comment prompt', () => {
  const release = [
    'FOR IMMEDIATE RELEASE',
    '',
    'Northwind Water adds a second winter sailing',
    '',
    'PORT ELLERY, England, 3 February 2026 /PRNewswire/ -- Northwind Water today announced a second daily sailing to the islands from March.',
    '',
    '"Islanders asked for it," said Ilona Marsh, Chief Executive of Northwind Water.',
    '',
    'Sign in to comment',
  ].join('\n');

  it('takes the headline, not the release label, and leaves the prompt out of the body', () => {
    const draft = parseClip(release);
    expect(draft.title).toBe('Northwind Water adds a second winter sailing');
    expect(draft.organizations).not.toContain('FOR IMMEDIATE RELEASE');
    expect(draft.paragraphs.join('\n')).not.toContain('Sign in to comment');
  });

  it('takes no “of …” after a job title for a person', () => {
    const draft = parseClip(release);
    expect(draft.people).toContain('Ilona Marsh');
    expect(draft.people.filter((p) => p.startsWith('of '))).toEqual([]);
  });
});

describe('a copyright notice on a page pasted whole', () => {
  // Each teaser's summary a paragraph of its own, as a browser copies them.
  const teasers = [
    'World',
    'Ferry timetable changes for the winter',
    '',
    'The harbour board explains why the last boat now leaves an hour earlier on weekdays, and what that means for the people who work in town.',
    '',
    '2H ago',
    'Bakery on the quay wins a regional prize',
    '',
    'Judges praised the sourdough, which the owners have made from the same starter since they opened the shop in the spring of 2009.',
    '',
    '5H ago',
    'Library opens on Sundays from next month',
    '',
    'Volunteers will staff the desk on Sunday afternoons, and the council has agreed to pay for the heating for a trial of six months.',
    '',
    '7H ago',
  ];

  it('ends the article above it, before teasers of other stories with their summaries', () => {
    const draft = parseClip(page(['© 2024 Garden Weekly Ltd. All Rights Reserved.', ...teasers]));
    expect(draft.paragraphs).toEqual(story);
  });

  it('does not end an article that the notice stands above', () => {
    const text = [
      ...MENU,
      'The harbour board has explained why the last boat now leaves an hour earlier on weekdays, and what that means for the town.',
      'Its chairman said the change would be reviewed in the spring, after a survey of the passengers who use the last boat on weekdays.',
      'This page may be shared freely. © 2024 Garden Weekly Ltd. All rights reserved.',
      'Villagers plant an orchard of forgotten apples',
      'By Nora Quill',
      ...story,
      ...FOOTER,
    ].join('\n');
    expect(parseClip(text).paragraphs).toEqual(expect.arrayContaining(story));
  });
});

describe('cards and captions inside the article’s run', () => {
  it('drops a card that prints another story’s headline twice with its summary under it', () => {
    const card = [
      '',
      'Ferry timetable changes for the winter leave commuters stranded',
      'Ferry timetable changes for the winter leave commuters stranded',
      'The harbour board explains why the last boat now leaves an hour earlier on weekdays, and what that means for the people who work in town.',
      '',
    ];
    const body = [story[0]!, ...card, story[1]!, '', story[2]!];
    const draft = parseClip(page([], { body }));
    expect(draft.paragraphs).toEqual(story);
  });

  it('drops a caption under its label, however long', () => {
    const caption =
      'Image caption Tom Vell, who grafted most of the forty trees from cuttings taken on farms in the valley, has looked after the old varieties since he retired';
    const body = [story[0]!, caption, story[1]!, story[2]!];
    expect(parseClip(page([], { body })).paragraphs).toEqual(story);
  });

  it('drops a newsletter form’s confirmation', () => {
    const box = [
      'You have successfully subscribed. Thank you!',
      'An email with an activation link has just been sent to your address. Please activate your subscription by clicking on the link inside it.',
    ];
    expect(parseClip(page(box)).paragraphs).toEqual(story);
  });
});

describe('a photo’s caption above its credit', () => {
  const caption =
    'Tom Vell, who grafted most of the forty trees, plants the last of them on the common in Brindlecombe, Tuesday, April 2, 2024.';
  const last =
    'The allotment society will hold an open day on the common in May, when visitors can see the young trees and taste juice pressed from last year’s windfalls.';

  it.each([
    ['a photographer and an agency', 'Photo: Ann Reyes, AP'],
    ['bars', 'Ann Reyes | Garden Weekly | Getty Images'],
    ['a picture library after a slash', 'Ann Reyes/Alamy'],
    ['bars and a picture library', 'Ann Reyes | Garden Weekly | imago'],
    ['a wire’s photo service after a slash', 'Ann Reyes/Associated Press'],
  ])('is cruft, with %s', (_, credit) => {
    const body = [...story, '', caption, credit, '', last];
    expect(parseClip(page([], { body })).paragraphs).toEqual([...story, last]);
  });

  it('is cruft printed twice', () => {
    const body = [...story, '', caption, caption, 'Photo: Ann Reyes, AP', '', last];
    expect(parseClip(page([], { body })).paragraphs).toEqual([...story, last]);
  });

  it('leaves a paragraph set apart from the credit by a blank line', () => {
    const body = [...story, '', caption, '', 'Photo: Ann Reyes, AP', '', last];
    expect(parseClip(page([], { body })).paragraphs).toContain(caption);
  });
});

describe('a card for another story with its section name between the copies of its headline', () => {
  const headline = 'Ferry timetable changes for the winter leave commuters stranded';
  const summary = 'The harbour board explains why the last boat now leaves an hour earlier on weekdays.';
  const last =
    'The allotment society will hold an open day on the common in May, when visitors can see the young trees and taste juice pressed from last year’s windfalls.';

  it('is dropped with its summary', () => {
    const body = [...story, '', 'Travel', headline, 'Travel', `${headline} Travel`, summary, '', last];
    const text = parseClip(page([''], { body })).paragraphs.join('\n');
    expect(text).not.toContain('Ferry');
    expect(text).not.toContain(summary);
    for (const p of [...story, last]) expect(text).toContain(p);
  });

  it('leaves the story that runs on in the same block after the card', () => {
    const body = [...story, '', headline, headline, summary, last];
    expect(parseClip(page([''], { body })).paragraphs.join('\n')).toContain(last);
  });
});

describe('a post from a social network quoted at the story’s end', () => {
  it('keeps the post’s text, its link to a picture and its signature, and drops the footer after them', () => {
    const post = [
      'Forty trees in, and the first blossom already out. pic.example/ab12cd',
      '— Brindlecombe Allotments (@brindleplots) April 2, 2024',
    ];
    const body = [...story.flatMap((p) => [p, '']), ...post.flatMap((p) => [p, ''])];
    const draft = parseClip(page(['Most read', 'Ferry timetable changes from April'], { body }));
    expect(draft.paragraphs).toEqual([...story, ...post]);
    const linked = ['Forty trees in, and the first blossom already out. https://t.example/ab12cd', post[1]!];
    const withLink = parseClip(page(['Most read'], { body: [...story.flatMap((p) => [p, '']), ...linked.flatMap((p) => [p, ''])] }));
    expect(withLink.paragraphs).toEqual([...story, ...linked]);
  });
});

describe('a share bar between the story’s paragraphs', () => {
  it('drops the count of shares and a network’s name no list knows with the buttons around them', () => {
    const last = 'Three more trees are due to arrive from a nursery in the next valley once the frost has passed this spring.';
    const body = [story[0]!, '', story[1]!, '', 'Share this article', '12', 'Facebook', 'Quorble', 'Email', '', story[2]!, '', last];
    expect(parseClip(page([], { body })).paragraphs).toEqual([...story, last]);
  });
});

describe('an author’s note on where to reach them', () => {
  it('is cruft', () => {
    const note = 'Have a tip? Nora Quill may be reached at nora@example.org. Follow her on Twitter @noraquill or on Facebook.';
    expect(parseClip(page([note])).paragraphs).toEqual(story);
  });
});

describe('buttons, teasers and credits below the story', () => {
  it('drops share buttons, a link to all of a list and a programme’s own accounts', () => {
    const body = [
      story[0]!,
      '',
      'Share this on WhatsApp',
      '',
      story[1]!,
      '',
      'View all (4)',
      '',
      'Follow Garden Hour on Instagram, Facebook and YouTube.',
      '',
      story[2]!,
    ];
    expect(parseClip(page([''], { body })).paragraphs).toEqual(story);
  });

  it('drops a prompt that opens on a short question', () => {
    const prompt = 'Want more from the allotments? Subscribe to our weekly gardening letter for tips, news and seasonal recipes.';
    const body = [story[0]!, '', story[1]!, '', prompt, '', story[2]!];
    expect(parseClip(page([''], { body })).paragraphs).toEqual(story);
  });

  it('drops a teaser’s summary cut short over a link that reads on', () => {
    const teaser = [
      '',
      'The harbour board explains why the last boat now leaves an hour earlier on weekdays and what this means for the many people who work late in town, from nurses to…',
      '',
      'Read more',
    ];
    expect(parseClip(page(teaser)).paragraphs).toEqual(story);
  });

  it('drops a teaser between the story’s paragraphs, its summary cut in mid-sentence over a link that reads on, with its headline', () => {
    const after =
      'The allotment society will hold an open day on the common in May, when visitors can see the young trees and taste juice pressed from last year’s windfalls.';
    const body = [
      story[0]!,
      '',
      story[1]!,
      '',
      'Ferry Timetable Changes Leave Late Workers Stranded on the Quay',
      '',
      'The harbour board explains why the last boat now leaves an hour earlier on weekdays, which means that',
      '',
      'Read more',
      '',
      story[2]!,
      '',
      after,
    ];
    expect(parseClip(page([], { body })).paragraphs).toEqual([...story, after]);
  });

  it('dates the story from a credit just below it', () => {
    const text = [
      ...MENU,
      'Villagers plant an orchard of forgotten apples',
      ...story,
      'Written by Nora Quill on April 2, 2024',
      ...FOOTER,
    ].join('\n');
    expect(parseClip(text).date).toBe('2024-04-02');
  });
});

describe('an editor’s note that the text was cut', () => {
  it.each([
    [
      'Chinese',
      '专访｜市长谈老城区\n\n记者：老城区改造最难的是什么？\n\n市长：停车和学校，明年新的中学就会投入使用。\n\n（本文有删节）',
      '（本文有删节）',
    ],
    [
      'German',
      'Mehr Busse\n\nDie Landrätin will den Nahverkehr im ganzen Kreis ausbauen und mehr Rufbusse einsetzen.\n\nDas Interview wurde gekürzt.',
      'Das Interview wurde gekürzt.',
    ],
    [
      'English',
      'More buses\n\nThe county leader wants more buses on every rural route by next spring.\n\nThis interview has been edited for length and clarity.',
      'This interview has been edited for length and clarity.',
    ],
  ])('is dropped (%s)', (_, text, note) => {
    const clip = parseClip(text);
    expect(clip.cruft).toContain(note);
    expect(clip.paragraphs.join('\n')).not.toContain(note);
  });
});
