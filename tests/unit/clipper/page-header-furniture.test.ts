import { describe, expect, it } from 'vitest';
import { pageHeadline } from '../../../electron/core/clipper/page-meta.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { pageWithHeader } from './made-up-page.js';

const page = (header: readonly string[], closing: readonly string[] = [], inside: readonly string[] = []) =>
  pageWithHeader(header, { closing, inside });

const HEADLINE = 'Island ferry to sail twice a day from April';
const FIRST = /^The ferry between Aldmoor/u;

describe('the header of a page pasted whole as text', () => {
  it('leaves a breadcrumb of slashes above the date to the menus, not to the headline', () => {
    const headline = 'Паром на остров Скеррин будет ходить дважды в день';
    const header = [
      'Главная / Регионы / Транспорт',
      '4 марта 2024, 10:20 👁 1 204 Транспорт',
      headline,
      '',
      'Проект обойдётся в 12 млн рублей',
    ];
    const story = [
      'Паром между Альдмуром и островом Скеррин с апреля будет ходить дважды в день, сообщил во вторник совет гавани после голосования, которое завершило двухлетний спор о расписании.',
      'Жители острова просили о втором рейсе с тех пор, как отменили утренний паром: школьники и работники не успевали добраться до материка к началу занятий и первой смены.',
      'В совете заявили, что дополнительный рейс обойдётся примерно во столько же, сколько планировавшийся ремонт причала, который теперь отложат до осени.',
    ];
    const draft = parseClip(
      ['Новости', 'Регионы', 'Спорт', '', ...header, '', 'Фото: пресс-служба порта', '', story.join('\n\n'), '', 'О нас', 'Контакты'].join(
        '\n',
      ),
    );
    expect(draft.title).toBe(headline);
  });

  it('takes the headline printed alone under a breadcrumb the copy ran into it', () => {
    const draft = parseClip(
      page(['HomeTravelIsland ferry to sail twice a day from April', HEADLINE, 'By Mora Lindqvist', 'March 4, 2024']),
    );
    expect(draft.title).toBe(HEADLINE);
    const capitals = parseClip(
      page(['HomeTRAVELBREAKING: Island ferry to sail twice a day from April', `BREAKING: ${HEADLINE}`, 'March 4, 2024']),
    );
    expect(capitals.title).toBe(`BREAKING: ${HEADLINE}`);
  });

  it('takes the headline printed alone under the page’s title, which adds the site’s name', () => {
    for (const top of [`${HEADLINE} | Skerrin Islander`, `${HEADLINE} - Skerrin Islander`]) {
      expect(parseClip(page([top, '', HEADLINE])).title).toBe(HEADLINE);
    }
  });

  it('takes the headline with its writer’s name alone under it over teasers higher up', () => {
    const teasers = ['Trending', 'Lighthouse keepers return to the north cape', 'Record crowd at the autumn regatta', ''];
    const draft = parseClip(teasers.join('\n') + '\n' + page([HEADLINE, 'Anna Brightwell']));
    expect(draft.title).toBe(HEADLINE);
    expect(draft.byline).toEqual(['Anna Brightwell']);
  });

  it('passes over a caption whose credit is glued to its full stop, and the standfirst above it', () => {
    const draft = parseClip(
      page([
        HEADLINE,
        'Islanders win their fight for a second morning crossing to the mainland after two years.',
        'The new boat at the Skerrin pier on Monday.Credit...Jo Bell for the Courier',
        'By Mora Lindqvist',
        'March 4, 2024',
      ]),
    );
    expect(draft.title).toBe(HEADLINE);
    expect(draft.paragraphs[0]).toMatch(FIRST);
  });

  it('takes no distributor’s credit line for the headline', () => {
    const draft = parseClip(
      page([
        'Island Ferry Operator Adds Second Daily Sailing to Skerrin Route',
        'Service from April follows two years of requests from island residents and businesses',
        'Release provided by Aldmoor Harbour Board',
        'Mar 04, 2024, 09:00 ET',
      ]),
    );
    expect(draft.title).toBe('Island Ferry Operator Adds Second Daily Sailing to Skerrin Route');
  });

  it('drops a Chinese caption that closes on its photographer, and a prompt to report a typo', () => {
    const draft = parseClip(
      page(
        [HEADLINE, 'By Mora Lindqvist', 'March 4, 2024', '3月4日，渡轮停靠在码头。（记者 林海 摄）'],
        ['', 'Заметили опечатку? Выделите текст и нажмите Ctrl+Enter', '', 'Article continues below this ad'],
      ),
    );
    expect(draft.paragraphs[0]).toMatch(FIRST);
    expect(draft.paragraphs.join('\n')).not.toMatch(/Ctrl|摄|continues below/u);
  });
});

describe('the headline read from a page title', () => {
  it('keeps a tail in lower case after a dash, which continues the headline', () => {
    expect(pageHeadline('Why we sold the car — and what we do instead', 'Slow Roads')).toBe('Why we sold the car — and what we do instead');
  });

  it('drops the site’s name after a dash, even as a lower-case address', () => {
    expect(pageHeadline('Island ferry to sail twice a day - Aldmoor Courier', null)).toBe('Island ferry to sail twice a day');
    expect(pageHeadline('Island ferry to sail twice a day | aldmoorcourier.com', null)).toBe('Island ferry to sail twice a day');
  });

  it('drops a Chinese news service’s name glued on with an underscore', () => {
    expect(pageHeadline('渡轮将每天运行两班_江城网讯', null)).toBe('渡轮将每天运行两班');
    expect(pageHeadline('渡轮将每天运行两班_江城在线', null)).toBe('渡轮将每天运行两班');
  });
});

describe('the furniture around the story of a page pasted whole as text', () => {
  it.each([
    ['an advertisement’s label with its age rating', 'Реклама 16+'],
    ['a link labelled behind a bar', 'SEE ALSO | Why the islanders waited two years for a second boat, and what it will cost them'],
    [
      'a caption under a place’s name, with its labelled credit',
      'IC am Hafen: Die alte Fähre wartet am Anleger von Skerrin Foto: Jo Bell / Bildagentur Nord',
    ],
    ['a caption closing on its credit in capitals', 'The Skerrin pier at low tide, on March 2, 2024. JO BELL / EXAMPLE PRESS'],
    ['a labelled reading time', 'Temps de lecture 3 min.'],
    ['a French button to reuse the content', 'Réutiliser ce contenu'],
  ])('drops %s inside the story', (_, line) => {
    const draft = parseClip(page([HEADLINE, 'By Mora Lindqvist', 'March 4, 2024'], [], ['', line]));
    expect(draft.paragraphs).not.toContain(line);
    expect(draft.paragraphs).toHaveLength(4);
  });

  it.each([
    [
      'a prompt to follow the site on a news aggregator',
      'Vous avez aimé cet article ? Vous pouvez suivre le Courrier d’Aldmoor sur Google Actualités.',
    ],
    ['a Chinese copyright notice', '【版权声明】本文版权归原作者所有，转载请注明出处。'],
    ['a German newsletter’s pitch', 'Alle Nachrichten aus dem Hafen – jeden Abend kostenlos in Ihr Postfach.'],
    ['a writer’s note that says what she covers', 'Mora Lindqvist covers the islands and their ferries for the Courier.'],
  ])('drops %s after the story', (_, line) => {
    const draft = parseClip(page([HEADLINE, 'By Mora Lindqvist', 'March 4, 2024'], ['', line]));
    expect(draft.paragraphs).not.toContain(line);
    expect(draft.paragraphs).toHaveLength(4);
  });
});

describe('the credits of a page pasted whole as text', () => {
  it('reads a bare name under the headline as its byline, though a reader’s comment below is signed', () => {
    const draft = parseClip(
      page(
        [HEADLINE, 'Mora Lindqvist', 'Mar 4, 2024 • 3 min read'],
        ['', '2 Comments', 'Ben Arlow · Mar 5, 2024', 'Good news at last for the island, though the pier still needs work before summer.'],
      ),
    );
    expect(draft.byline).toEqual(['Mora Lindqvist']);
  });

  it('names the site a copyright line names without its legal form', () => {
    const draft = parseClip(
      page(
        [HEADLINE, 'By Mora Lindqvist', 'March 4, 2024'],
        ['', 'Mora Lindqvist is the Aldmoor Times’ islands reporter. Write to her by email.', 'Copyright © 2024 Aldmoor Times Pty Ltd'],
      ),
    );
    expect(draft.source).toBe('Aldmoor Times');
  });
});
