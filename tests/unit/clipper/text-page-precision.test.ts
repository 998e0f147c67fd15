import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { FOOTER, MENU, page, story } from './made-up-page.js';

describe('a site’s fine print below the article', () => {
  it.each([
    [
      'English',
      [
        'Everything published on this website is for general reading and is no substitute for the advice of a qualified gardener who knows your soil and your weather.',
        'Garden Tools, Seed Box and Apple Press are registered trademarks of their owners in the United States and other countries, and are named here only to describe the goods sold.',
      ],
    ],
    [
      'German',
      [
        'Die Inhalte dieser Webseite dienen nur der allgemeinen Information und ersetzen keine Beratung durch Fachleute in Ihrer Gegend oder in Ihrem Land.',
        'Mit der Nutzung des Angebots erkennen Sie unsere Nutzungsbedingungen und die Datenschutzerklärung an, die jederzeit auf der Startseite abrufbar sind.',
      ],
    ],
    [
      'Russian',
      [
        'Использование материалов этого сайта разрешено только при наличии активной ссылки на источник и с письменного согласия редакции.',
        'Продолжая пользоваться сайтом, вы принимаете пользовательское соглашение и политику конфиденциальности, опубликованные в разделе помощи.',
      ],
    ],
  ])('is cruft, in %s', (_, fine) => {
    const draft = parseClip(page(fine));
    expect(draft.paragraphs).toEqual(story);
    expect(draft.cruft).toEqual(expect.arrayContaining(fine));
  });

  it('does not take the place of a story told in short lines', () => {
    const list = ['Morning', 'Prune the young trees', 'Noon', 'Mulch around each trunk', 'Evening', 'Water the new rows'];
    const intro = story.slice(0, 2);
    const fine = [
      'Everything published on this website is for general reading and is no substitute for the advice of a qualified gardener who knows your soil and your weather.',
      'By using this site you agree to our terms of use and our privacy policy, which say how the data you give us is kept, for how long, and who may read it.',
    ];
    const draft = parseClip(page([...list, ...fine], { body: intro }));
    expect(draft.paragraphs.slice(0, 2)).toEqual(intro);
    expect(draft.paragraphs.join('\n')).not.toContain('this website');
  });

  it('leaves a story’s own words about a building site alone', () => {
    const body = [
      ...story,
      'The council said a shed for the tools would be built on this site next spring, beside the gate to the common.',
    ];
    expect(parseClip(page([], { body })).paragraphs).toEqual(body);
  });
});

describe('a list of links headed by the section it comes from', () => {
  const teasers = [
    'Ferry timetable changes for the winter',
    'The harbour board explains why the last boat now leaves an hour earlier on weekdays and what it means for commuters.',
    'Bakery on the quay wins a regional prize',
    'Judges praised the sourdough, which the owners have made from the same starter since they opened the shop in the spring of 2009.',
  ];

  // Paragraphs stand in blocks of their own, as a browser copies them; the list is one block.
  const blocks = (heading: string) =>
    [
      MENU.join('\n'),
      ['Villagers plant an orchard of forgotten apples', 'By Nora Quill', 'April 2, 2024'].join('\n'),
      story[0],
      story[1],
      [heading, ...teasers].join('\n'),
      story[2],
      FOOTER.join('\n'),
    ].join('\n\n');

  it.each([['Most read in Gardens'], ['More in Local News'], ['Mehr aus der Region'], ['Ещё новости из региона']])(
    'is cruft under `%s` in the middle of the story',
    (heading) => {
      const draft = parseClip(blocks(heading));
      expect(draft.paragraphs).toEqual(story);
      expect(draft.cruft).toEqual(expect.arrayContaining(teasers));
    },
  );

  it.each([['Related news'], ['Related posts'], ['Sur le même sujet'], ['Das könnte Sie auch interessieren'], ['Новости по теме']])(
    'is cruft under the link list heading `%s` in the middle of the story',
    (heading) => {
      const draft = parseClip(blocks(heading));
      expect(draft.paragraphs).toEqual(story);
      expect(draft.cruft).toEqual(expect.arrayContaining(teasers));
    },
  );

  it('leaves the header alone when the heading stands above the story', () => {
    const text = [
      ...MENU,
      'More from Nora Quill',
      'Villagers plant an orchard of forgotten apples',
      'By Nora Quill',
      'April 2, 2024',
      ...story,
      ...FOOTER,
    ].join('\n');
    const draft = parseClip(text);
    expect(draft.title).toBe('Villagers plant an orchard of forgotten apples');
    expect(draft.byline).toEqual(['Nora Quill']);
    expect(draft.paragraphs).toEqual(story);
  });
});

describe('teasers copied as one block below the story', () => {
  const teasers = [
    'Ferry timetable changes for the winter',
    'Tom Arden',
    'The last boat now leaves the harbour an hour earlier on weekdays.',
    'Bakery on the quay wins a regional prize',
    'Ivy Lund',
    'Judges praised the sourdough that the owners have baked since 2009.',
    'A new bench for the churchyard',
    'Ben Arlow',
    'The parish council paid for it from the proceeds of the summer fete.',
  ];
  const blocks = (list: readonly string[]) =>
    [
      MENU.join('\n'),
      ['Villagers plant an orchard of forgotten apples', 'By Nora Quill', 'April 2, 2024'].join('\n'),
      ...story,
      list.join('\n'),
      FOOTER.join('\n'),
    ].join('\n\n');

  it('are left out: their summaries count for less among headlines and names', () => {
    const draft = parseClip(blocks(teasers));
    expect(draft.paragraphs).toEqual(story);
  });

  it('are left out at the end of the story even when their summaries run long', () => {
    const long = [
      'Ferry timetable changes for the winter',
      'Tom Arden',
      'The last boat now leaves the harbour an hour earlier on weekdays, which the board says saves fuel and lets the crews rest before the early sailing.',
      'Bakery on the quay wins a regional prize',
      'Ivy Lund',
      'Judges praised the sourdough that the owners have baked from the same starter since 2009, and the rye loaf that sells out before nine most mornings.',
      'A new bench for the churchyard',
      'Ben Arlow',
      'The parish council paid for it from the proceeds of the summer fete, and the carpenter who made it used oak from a tree that fell in the storm.',
    ];
    const draft = parseClip(blocks(long));
    expect(draft.paragraphs).toEqual(story);
    expect(draft.title).toBe('Villagers plant an orchard of forgotten apples');
    expect(draft.byline).toEqual(['Nora Quill']);
  });

  it('keeps a story whose paragraphs come without blank lines between them', () => {
    const draft = parseClip(page([]));
    expect(draft.paragraphs).toEqual(story);
  });
});

describe('a newsletter box and a share bar around the article', () => {
  it.each([
    [
      'English',
      [
        'No spam, we promise. You can unsubscribe at any time and we will never share your details with anyone else.',
        'I agree that the Garden Weekly can send me its newsletter and offers from its partners.',
        'Please check the opt-in box to say that you would like to subscribe.',
        'Thanks for signing up!',
      ],
    ],
    ['German', ['Sie können sich jederzeit abmelden, ein Link dazu steht in jeder Ausgabe.', 'Vielen Dank für Ihre Anmeldung!']],
    ['French', ['Vous pouvez vous désinscrire à tout moment depuis chaque lettre.', 'Merci pour votre inscription !']],
    ['Russian', ['Отписаться можно в любой момент по ссылке в каждом письме.', 'Спасибо за подписку!']],
  ])('is cruft, in %s', (_, box) => {
    const draft = parseClip(page(box));
    expect(draft.paragraphs).toEqual(story);
  });

  it('drops share counts, gallery counters and buttons between the paragraphs', () => {
    const body = [story[0]!, '258 Shares', 'Tweet', story[1]!, '1 of 6', story[2]!, 'Copied!'];
    expect(parseClip(page([], { body })).paragraphs).toEqual(story);
  });

  it('drops a caption whose credit the copy glued on, or ends it, or stands alone', () => {
    const body = [
      story[0]!,
      'The old press in the barn at Hollin Farm, where the first juice will be madeCredit: Ann Reyes',
      'Courtesy of Brindlecombe Allotments',
      story[1]!,
      'Tom Vell, who grafted most of the trees Submitted photo',
      story[2]!,
    ];
    expect(parseClip(page([], { body })).paragraphs).toEqual(story);
  });

  it('keeps a pull quote without the button glued to it', () => {
    const quote = 'An orchard is a promise that a village makes to its grandchildren.';
    const body = [story[0]!, `${quote}Click To Tweet`, story[1]!, story[2]!];
    expect(parseClip(page([], { body })).paragraphs).toEqual([story[0], quote, story[1], story[2]]);
  });

  it('drops the fine print about the site’s material and its owner', () => {
    const fine = [
      'The material on this site may not be copied or passed on except with the written consent of the publisher.',
      'Garden Weekly is part of an international group of magazines about the home. Visit our corporate site.',
    ];
    expect(parseClip(page(fine)).paragraphs).toEqual(story);
  });
});

describe('lines in capitals inside the article', () => {
  it('drops a long one, a link to another story, and keeps a short subheading and a row of prices', () => {
    const more = [
      'The trust that bought the press has promised to keep the price of a bottle low, so that every family on the allotments can afford to take some home.',
      'Its shares rose after the news, and its chairman said the orchard was the best thing the village had done since the school was rebuilt.',
    ];
    const prices = 'ORCH THE ORCHARD TRUST PLC 112.40 -3.15 -2.73%';
    const body = [
      story[0]!,
      'COUNCIL AGREES TO HAND OVER THE COMMON TO ALLOTMENT HOLDERS',
      story[1]!,
      'THE VARIETIES',
      story[2]!,
      prices,
      ...more,
    ];
    const draft = parseClip(page([], { body }));
    const text = draft.paragraphs.join('\n');
    expect(text).not.toContain('COUNCIL AGREES');
    for (const kept of [...story, 'THE VARIETIES', prices, ...more]) expect(text).toContain(kept);
  });
});

describe('a pop-up card glued to a name', () => {
  it('is cut from the paragraph, leaving the name', () => {
    const glued =
      'Allotment holders in Brindlecombe have thanked Cllr. Ann ReyesAnn Marie ReyesCouncil votes to sell the old depot | Bus route to the hospital saved after petition | Budget gap narrows MORE (Lab.) after three years of waiting for the council to hand over the land.';
    const draft = parseClip(page([], { body: [glued, story[1]!, story[2]!] }));
    expect(draft.paragraphs[0]).toBe(
      'Allotment holders in Brindlecombe have thanked Cllr. Ann Reyes (Lab.) after three years of waiting for the council to hand over the land.',
    );
  });

  it('leaves a name written twice in a sentence alone', () => {
    const twice = 'Ann Reyes said Ann Reyes would stand again, and MORE than forty people signed her papers on the common that afternoon.';
    expect(parseClip(page([], { body: [story[0]!, twice, story[2]!] })).paragraphs).toContain(twice);
  });
});

describe('links to other stories labelled in other languages', () => {
  it.each([
    ['Indonesian', ['Baca juga: Petani di lembah menanam kebun apel baru']],
    ['Portuguese', ['Leia também: Agricultores plantam um pomar no vale']],
    ['Italian', ['Leggi anche: Un frutteto di mele antiche nella valle']],
    ['English', ['You may also like']],
    ['Spanish', ['Te puede interesar']],
  ])('drops the label, in %s', (_, label) => {
    const body = [story[0]!, story[1]!, ...label, story[2]!];
    expect(parseClip(page([], { body })).paragraphs).toEqual(story);
  });
});

describe('what a page shows with its scripts off', () => {
  it('drops a script’s stand-in and a shortcode the site left unrendered', () => {
    const body = [
      story[0]!,
      'This slideshow requires JavaScript.',
      story[1]!,
      '[button link="/send-us-your-story" type="big"] Send us YOUR orchard story[/button]',
      story[2]!,
    ];
    expect(parseClip(page([], { body })).paragraphs).toEqual(story);
  });
});

describe('links to other stories tagged with what they hold', () => {
  it('drops them, and keeps a paragraph that mentions a tag in passing', () => {
    const passing = 'The society filmed the planting [VIDEO] and will show the film at the village fair, beside the new press.';
    const body = [
      story[0]!,
      'Ferry timetable changes for the winter [INSIGHT]|',
      story[1]!,
      'Bakery on the quay wins a regional prize [VIDEO]',
      story[2]!,
      passing,
    ];
    expect(parseClip(page([], { body })).paragraphs).toEqual([...story, passing]);
  });
});

describe('a list of links under `More:` inside the article', () => {
  it('drops the heading and its block', () => {
    const body = [
      story[0]!,
      '',
      story[1]!,
      '',
      'More:',
      'Ferry timetable changes for the winter',
      'Bakery on the quay wins a regional prize',
      '',
      story[2]!,
    ];
    expect(parseClip(page([''], { body })).paragraphs).toEqual(story);
  });
});
