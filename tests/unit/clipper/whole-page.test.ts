import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { wholePageText } from '../../support/fixtures.js';
import { FOOTER, MENU, story } from './made-up-page.js';

/**
 * A news page selected whole and pasted as plain text: menus above the headline, share buttons,
 * an advertisement label inside the story, a related-links list, readers' comments and a footer
 * below it. Only the story is the article.
 */
const PAGES = {
  en: {
    title: 'Harbour town votes to rebuild its old sea wall',
    date: '2024-03-04',
    byline: ['Ellen Marsh'],
    first: 'The council of Wexmouth voted',
    last: 'Residents who opposed the plan',
    furniture: ['Most read', 'Ferry timetable changes from April', 'About time too.', 'Skip to main content', 'Advertisement'],
  },
  de: {
    title: 'Neue Brücke über die Saale soll 2026 fertig werden',
    date: '2024-03-05',
    byline: ['Katrin Vogel'],
    first: 'Die neue Brücke über die Saale',
    last: 'Händler in der Innenstadt',
    furniture: ['Mehr zum Thema', 'Pendler klagen über lange Staus am Morgen', 'Endlich tut sich etwas.', 'Zum Inhalt springen', 'Anzeige'],
  },
  fr: {
    title: 'Le village de Montclar rouvre son école après trois ans de fermeture',
    date: '2024-03-06',
    byline: ['Claire Dumas'],
    first: "L'école communale de Montclar",
    last: 'Les enseignants du secteur',
    furniture: ['Lire aussi', 'La ligne de bus du matin supprimée', 'Aller au contenu principal', 'Publicité'],
  },
  ru: {
    title: 'В Северогорске открыли новый мост через реку Лесную',
    date: '2024-03-07',
    byline: ['Ирина Соколова'],
    first: 'В Северогорске в четверг',
    last: 'Жители соседних сёл',
    furniture: ['Читайте также', 'Паводок в области пошёл на спад', 'Перейти к содержанию', 'Реклама'],
  },
  uk: {
    title: "У Вербівці відкрили нову лікарню після п'яти років будівництва",
    date: '2024-03-08',
    byline: ['Оксана Мельник'],
    first: "У Вербівці в п'ятницю",
    last: 'Мешканці навколишніх сіл',
    furniture: ['Читайте також', 'Нова школа відкриється восени', 'Перейти до змісту', 'Реклама'],
  },
  zh: {
    title: '青川县新建大桥正式通车',
    date: '2024-03-09',
    byline: ['王丽华'],
    first: '青川县跨江大桥于九日上午正式通车',
    last: '不少村民一早就赶到桥头',
    furniture: ['相关阅读', '县城新增两条公交线路', '跳到主要内容', '广告'],
  },
} as const;

describe('a whole page pasted as text', () => {
  it.each(Object.entries(PAGES))('%s: keeps the story and drops the page around it', (language, page) => {
    const draft = parseClip(wholePageText(language));
    expect(draft.language).toBe(language);
    expect(draft.title).toBe(page.title);
    expect(draft.date).toBe(page.date);
    expect(draft.byline).toEqual(page.byline);
    expect(draft.paragraphs[0]).toMatch(new RegExp(`^${page.first}`, 'u'));
    expect(draft.paragraphs[draft.paragraphs.length - 1]).toMatch(new RegExp(`^${page.last}`, 'u'));
    const body = draft.paragraphs.join('\n');
    for (const line of page.furniture) expect(body).not.toContain(line);
  });

  it('ends the story where readers’ comments begin, even when they are long', () => {
    const draft = parseClip(wholePageText('en'));
    expect(draft.paragraphs.join('\n')).not.toMatch(/promises before|harbourwatcher/u);
  });
});

describe('a site menu that names the site', () => {
  it.each(['About Us', 'About The Wexmouth Gazette'])('keeps the headline and byline under a menu item “%s”', (item) => {
    const draft = parseClip(wholePageText('en').replace('\nHome\n', `\nHome\n${item}\n`));
    expect(draft.title).toBe('Harbour town votes to rebuild its old sea wall');
    expect(draft.byline).toEqual(['Ellen Marsh']);
    expect(draft.paragraphs[0]).toMatch(/^The council of Wexmouth voted/u);
  });
});

describe('names across short and full forms', () => {
  it('counts Josh and Joshua Penrose as one person, and drops a job title glued before a name', () => {
    const draft = parseClip(wholePageText('en'));
    expect(draft.people).toEqual(['Joshua Penrose']);
    const withTitle = parseClip(
      'Studio sale approved\n\nThe board approved the sale on Friday, said Executive Nora Lindgren, who led the talks for a year.\n\n"It was the right price," Lindgren said.',
    );
    expect(withTitle.people).toEqual(['Nora Lindgren']);
  });

  it('counts Tom and Thomas Hadley as one person, but not Ann and Anton Kessel', () => {
    const draft = parseClip(
      'Ferry fares frozen\n\nHARWICK - Mayor Thomas Hadley froze ferry fares on Monday after talks with Ann Kessel, who runs the harbour board.\n\n"Nobody pays more this year," Tom Hadley said. Her brother Anton Kessel, a ferry captain, welcomed it.',
    );
    expect(draft.people).toEqual(['Thomas Hadley', 'Ann Kessel', 'Anton Kessel']);
  });

  it('counts Martin and Martín Ferreyra as one person, accents aside', () => {
    const draft = parseClip(
      'Port reopens\n\nThe port reopened on Monday, said Martín Ferreyra, who runs the harbour office.\n\n"We are ready," Martin Ferreyra said later. "The ships can come in."',
    );
    expect(draft.people).toEqual(['Martín Ferreyra']);
    expect(new Set(draft.quotes.map((q) => q.speaker))).toEqual(new Set(['Martín Ferreyra']));
  });
});

describe('credits and addresses in a text paste', () => {
  const paste = (credit: string) =>
    `Storm floods the coast road\n${credit}\nhttps://news.example.org/2023/11/19/storm-floods-coast-road\n\nThe storm flooded the coast road on Sunday night, officials said, and crews worked until dawn to clear the mud from the lanes.`;

  it('reads a wire credited alone as the source, not the byline', () => {
    const draft = parseClip(paste('By Associated Press'));
    expect(draft.byline).toEqual([]);
    expect(draft.source).toBe('Associated Press');
  });

  it('keeps a role credited beside a name out of the byline', () => {
    expect(parseClip(paste('By Dana Holt, Staff Writer')).byline).toEqual(['Dana Holt']);
  });

  it('takes the address line as the url, and its dated path as the date when the text gives none', () => {
    const draft = parseClip(paste('By Dana Holt'));
    expect(draft.url).toBe('https://news.example.org/2023/11/19/storm-floods-coast-road');
    expect(draft.date).toBe('2023-11-19');
    expect(draft.paragraphs.join('\n')).not.toContain('https://');
  });
});

/** Whole pages in the shapes of a blog and a news site, with the furniture each carries. */
const SHAPED_PAGES = {
  'en-blog': {
    title: 'Brass band from Ottery Cross sets out on a summer tour of the valley',
    date: '2024-05-14',
    byline: ['Hazel Penrith'],
    source: 'The Kettle Valley Echo',
    first: 'The Ottery Cross brass band',
    last: 'June 29 – Farley Mill',
    furniture: [
      'left, and cornet player',
      'About Hazel Penrith',
      'has written about music',
      'thoughts on',
      'cannot wait',
      'choir sings',
      'Ridgeline',
    ],
  },
  'en-news': {
    title: 'Ferry service across the estuary to resume after two-year pause',
    date: '2024-05-20',
    byline: ['Owen Gaskell'],
    source: 'Marsh Ledger',
    first: 'The ferry across the Brack estuary',
    last: 'Shopkeepers on the far shore',
    furniture: [
      'Crossings will run every hour from the old pier',
      'sharing options',
      'arrives at the old pier',
      'Click to share',
      'Harbour board names',
      'Estuary Press',
    ],
  },
} as const;

describe('whole pages of other shapes pasted as text', () => {
  it.each(Object.entries(SHAPED_PAGES))('%s: keeps the story, its list and its metadata, and nothing of the page', (name, page) => {
    const draft = parseClip(wholePageText(name));
    expect(draft.title).toBe(page.title);
    expect(draft.date).toBe(page.date);
    expect(draft.byline).toEqual(page.byline);
    expect(draft.source).toBe(page.source);
    expect(draft.paragraphs[0]).toMatch(new RegExp(`^${page.first}`, 'u'));
    expect(draft.paragraphs[draft.paragraphs.length - 1]).toMatch(new RegExp(`^${page.last}`, 'u'));
    const body = draft.paragraphs.join('\n');
    for (const line of page.furniture) expect(body).not.toContain(line);
  });
});

describe('a whole page’s credit just below the story', () => {
  it('credits the interviewer named under the last answer', () => {
    const text = [
      ...MENU,
      'Villagers plant an orchard of forgotten apples',
      'April 2, 2024',
      ...story,
      'Interview by Nora Quill',
      ...FOOTER,
    ].join('\n');
    expect(parseClip(text).byline).toEqual(['Nora Quill']);
  });
});
