import { describe, expect, it } from 'vitest';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { isCompanyName, withoutLegalForm } from '../../../electron/shared/clipper/source.js';
import { page, story } from './made-up-page.js';

/** The source read from the made-up gardening page pasted as text, with these lines at its top and foot. */
const sourceWith = (bottom: string[], top: string[] = []) => parseClip(page([], { top, bottom })).source;

describe('the source of a page pasted as text, from a line where the site says what it is', () => {
  it('is the name that opens the line, over the company its copyright names, in any of the languages', () => {
    for (const [line, owner] of [
      ['Orchard Weekly is an independent magazine for kitchen gardeners.', '© 2024 Greenleaf Media Group Ltd'],
      ['Orchard Weekly is reader-supported. Become a member today.', '© 2024 Greenleaf Media Group Ltd'],
      ['Orchard Weekly is a publication of Greenleaf Media Group', '© 2024 Greenleaf Media Group'],
      ['Orchard Weekly è un periodico online di giardinaggio.', '© 2024 Edizioni Foglia Srl'],
      ['Orchard Weekly è un sito di informazione per chi coltiva.', '© 2024 Edizioni Foglia Srl'],
      ['Orchard Weekly is een onafhankelijk nieuwsplatform.', '© 2024 Groenblad Uitgevers B.V.'],
      ['Orchard Weekly je regionální deník pro zahrádkáře.', 'Orchard Weekly, z. s. · IČ 01234567'],
      ['Orchard Weekly jest niezależnym portalem ogrodniczym.', '© 2024 Media Liść Sp. z o.o.'],
      ['Orchard Weekly ist ein unabhängiges Gartenmagazin.', '© 2024 Grünblatt Verlag GmbH'],
      ['Orchard Weekly est un média indépendant.', '© 2024 Éditions Feuille SARL'],
      ['Orchard Weekly es un periódico digital independiente.', '© 2024 Grupo Hoja S.L.'],
      ['Orchard Weekly är en oberoende lokaltidning.', '© 2024 Lövmedia AB'],
      ['Orchard Weekly is een uitgave van Groenblad.', '© 2024 Groenblad Uitgevers B.V.'],
    ])
      expect(sourceWith([line!, owner!]), line).toBe('Orchard Weekly');
  });

  it('is a network of papers that names itself so, not a network of companies', () => {
    expect(sourceWith(['Valley Local is a network of community newspapers. About us · Contact', '© 2024 Valley Community Media Ltd'])).toBe(
      'Valley Local',
    );
    const parent = 'Greenleaf Corp is a network of leading companies in media, news and education.';
    expect(sourceWith([parent, 'La newsletter di Orchard Weekly'])).toBe('Orchard Weekly');
  });

  it('is a radio station without its frequency', () => {
    expect(sourceWith(['Orchard FM 96.4 is licensed by the national media regulator.', '© 2024 Orchard Broadcasting Ltd'])).toBe(
      'Orchard FM',
    );
  });

  it('is a Ukrainian or Russian name the dash says is a publication, but not a Latin line’s list after a dash', () => {
    expect(sourceWith(['Садовод Сегодня — незалежне видання про сади.', '© 2024 ТОВ «Зелений лист»'])).toBe('Садовод Сегодня');
    expect(sourceWith(['Brindlecombe Parish Council – road closure, Station Road, 9 May', '© 2024 Greenleaf Holdings LLC'])).not.toBe(
      'Brindlecombe Parish Council',
    );
  });

  it('is not a person an author’s note describes, nor an outlet a story describes', () => {
    const told = 'Orchard Weekly is licensed by the broadcasting authority.';
    expect(sourceWith(['Nora Quill is a freelance newspaper columnist.', told])).toBe('Orchard Weekly');
    const body = [
      'The Valley Echo is a weekly newspaper founded in 1901 by the mill owners of the town.',
      'Brindle Savings Bank is regulated by the national banking authority, which has opened an inquiry.',
      ...story,
    ];
    expect(parseClip(page([], { body, bottom: [told] })).source).toBe('Orchard Weekly');
  });
});

describe('the source of a page pasted as text, from a call to read or follow the site', () => {
  it('is the name after the newsletter, the news, the channel or the app the call offers, in any of the languages', () => {
    for (const line of [
      'La newsletter di Orchard Weekly',
      'Inscrivez-vous à la newsletter d’Orchard Weekly',
      'Ontvang elke ochtend de nieuwsbrief van Orchard Weekly.',
      'Recibe cada mañana las noticias de Orchard Weekly en tu Telegram',
      'Jangan lewatkan kabar terbaru, ikuti saluran WhatsApp Orchard Weekly',
      'Follow Orchard Weekly on WhatsApp for the latest from the allotments',
      'Folgen Sie Orchard Weekly auf WhatsApp',
      'Sledujte Orchard Weekly na WhatsAppu',
      'Get Orchard Weekly in your inbox every morning',
      'The Orchard Weekly newsletter',
      'Download the Orchard Weekly app',
      'Scarica l’app di Orchard Weekly',
      'Скачайте приложение Orchard Weekly',
    ])
      expect(sourceWith([line, '© 2024 Greenleaf Holdings LLC']), line).toBe('Orchard Weekly');
  });

  it('is the name a cookie banner asks consent for, with its partners or alone, not the banner’s “we” or “this site”', () => {
    const owner = '© 2024 Greenleaf Holdings LLC';
    for (const banner of [
      'Orchard Weekly and its partners use cookies to improve your experience.',
      'Orchard Weekly en partners gebruiken cookies.',
      'Orchard Weekly uses cookies to give you the best experience.',
      'Orchard Weekly verwendet Cookies, um die Nutzung zu analysieren.',
    ])
      expect(sourceWith([owner], [banner]), banner).toBe('Orchard Weekly');
    for (const banner of [
      'Wir und unsere Partner verwenden Cookies.',
      'Diese Seite nutzt Cookies.',
      'Notre site utilise des cookies.',
      'Google Analytics uses cookies to measure traffic.',
    ])
      expect(sourceWith([owner, 'La newsletter di Orchard Weekly'], [banner]), banner).toBe('Orchard Weekly');
  });

  it('is not an editor a newsletter comes from, a newsletter’s own title, nor the words of a call in title case', () => {
    const follow = 'Follow Orchard Weekly on WhatsApp';
    for (const line of [
      'Sign up for our weekly newsletter from Editor Nora Quill',
      'Weekend Seed Digest newsletter',
      'Join Our WhatsApp Channel For Latest Updates',
      'Download on the App Store',
      'Open in App',
    ])
      expect(sourceWith([line, follow]), line).toBe('Orchard Weekly');
  });

  it('does not outrank, said once, the outlet a copyright line names', () => {
    const source = sourceWith(['Kiln Notes is a website for potters.', '© 2024 Orchard Weekly', 'Orchard Weekly Newsletters']);
    expect(source).toBe('Orchard Weekly');
  });

  it('outranks a person’s name in the copyright line, as a writer’s newsletter has', () => {
    expect(sourceWith(['Kiln Notes is reader-supported. To receive new posts, consider becoming a subscriber.', '© 2024 Nora Quill'])).toBe(
      'Kiln Notes',
    );
  });

  it('is the name a footer repeats, over another the page gives once', () => {
    const source = sourceWith([
      'Follow Seed Swap on WhatsApp',
      'La newsletter di Orchard Weekly',
      'Orchard Weekly · 12 Mill Lane, Brindlecombe',
      'Orchard Weekly',
      '© 2024 Greenleaf Holdings LLC',
    ]);
    expect(source).toBe('Orchard Weekly');
  });
});

describe('the source of a short page pasted as text, from its logo line', () => {
  it('is the page’s first line when its footer repeats it alone below the story, however few lines lie between', () => {
    const lines = (logo: string, again: string) => [
      logo,
      'Home',
      'Gardens',
      'Recipes',
      'Villagers plant an orchard of forgotten apples',
      'By Nora Quill',
      'April 2, 2024',
      ...story,
      'Share',
      'Most read',
      'Seed swap returns to the village hall',
      again,
      '© 2024 Greenleaf Holdings LLC',
      'Privacy',
      'Terms',
    ];
    expect(parseClip(lines('Brindle Larder', 'Brindle Larder').join('\n')).source).toBe('Brindle Larder');
    expect(parseClip(lines('Brindle Larder', 'Contact').join('\n')).source).toBeNull();
  });
});

describe('the company a page’s copyright names', () => {
  it('is told by the legal forms of the clipper’s languages, and stands without them', () => {
    for (const [name, bare] of [
      ['Greenleaf Groep B.V.', 'Greenleaf Groep'],
      ['Edizioni Foglia Srl', 'Edizioni Foglia'],
      ['Sociedad Hoja Ltda.', 'Sociedad Hoja'],
      ['Orchard Weekly, z. s.', 'Orchard Weekly'],
      ['Listí s.r.o.', 'Listí'],
      ['Lehti Oy', 'Lehti'],
      ['Lövmedia AB', 'Lövmedia'],
      ['Media Liść Sp. z o.o.', 'Media Liść'],
    ]) {
      expect(isCompanyName(name!), name).toBe(true);
      expect(withoutLegalForm(name!)).toBe(bare);
    }
    expect(isCompanyName('Known as')).toBe(false);
  });
});

describe('the source of a page in another script, from its copyright line', () => {
  it('is not the Latin initials of a name the page does not spell out', () => {
    const chinese = [
      '大学城社区新建的图书馆周六正式开放，馆内藏书两万余册，并设有儿童阅读区和自习室，附近居民可以免费办理借书证。',
      '社区负责人介绍，图书馆由旧厂房改建而成，改造工程历时一年，资金主要来自区财政和企业捐赠，周末还将举办亲子阅读活动。',
      '不少居民表示，以前借书要坐半小时公交车去市图书馆，现在步行十分钟就能到，孩子们放学后也有了安静的学习场所。',
    ];
    const text = (owner: string) =>
      [
        ...['首页', '新闻', '社区', '教育', '文化', '体育', '视频', '专题'],
        '社区图书馆周六开放',
        '2024年4月2日',
        ...chinese,
        '相关新闻',
        '关于我们',
        '联系我们',
        '隐私政策',
        owner,
      ].join('\n');
    expect(parseClip(text('Copyright © SMX All Rights Reserved.')).source).toBeNull();
    expect(parseClip(text('Copyright © 某某新闻网 All Rights Reserved.')).source).toBe('某某新闻网');
  });
});

describe('a byline listing its credits under labels', () => {
  it('names no outlet beside the writer', () => {
    expect(readBylineLine('Writer: Nora Quill | Editor: Tom Birch')?.outlet ?? null).toBeNull();
  });
});
