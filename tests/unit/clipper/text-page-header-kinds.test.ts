import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/**
 * Headers of made-up pages pasted whole as text: the lines a page sets around its headline (the
 * authors' names alone, a role glued to a name, a caption with its credit, a breadcrumb, a live
 * page's first entry, a share bar) and what each says of the title, byline and source.
 */
const STORY = [
  'Farmers west of Harrowgate have begun sharing bores, trucks and feed as the driest winter in decades leaves dams empty across the district.',
  'A roster pinned up at the community hall lists which bores can spare water on which days, and who has a truck free to cart it to the properties that need it most.',
  'The shire council said it would ask the state government for freight subsidies, but several growers said help had been slow to arrive after the last dry spell.',
];

function page(header: readonly string[], body: readonly string[] = STORY): string {
  return [
    'We use cookies to give you a better experience. Read our privacy policy.',
    'Got it',
    'Harrowgate Courier',
    'NewsSportRuralPropertyWeatherSubscribe',
    ...header,
    '',
    ...body.flatMap((p) => [p, '']),
    '© 2025 Harrowgate Courier. All rights reserved.',
  ].join('\n');
}

const HEADLINE = 'Harrowgate farmers pool water and machinery to get through a dry winter';

describe('the header of a page pasted as text', () => {
  it('takes a line of authors’ names over a timestamp as the byline, never as the headline', () => {
    const draft = parseClip(page([HEADLINE, 'Maren Toft and Sam Whitlock', 'July 9 2025 - 5:30am', 'Share Facebook Email']));
    expect(draft.title).toBe(HEADLINE);
    expect(draft.byline).toEqual(['Maren Toft', 'Sam Whitlock']);
  });

  it('reads the name a role is glued to, as a page’s text copy joins them', () => {
    const draft = parseClip(page([HEADLINE, 'Maren TofteLocal Journalism Initiative', '9 July 2025, 5:30am']));
    expect(draft.title).toBe(HEADLINE);
    expect(draft.byline).toEqual(['Maren Tofte']);
  });

  it('reads an author labelled among a timestamp’s other labels', () => {
    const draft = parseClip(page([HEADLINE, '09.07.2025 05:3009.07.2025 08:10 Автор: Ирина Лесная Просмотров: 1 208']));
    expect(draft.title).toBe(HEADLINE);
    expect(draft.byline).toEqual(['Ирина Лесная']);
  });

  it('reads an author before a relative time or a day glued to the name', () => {
    for (const stamp of ['Sam Whitlock2 hours ago', 'Sam WhitlockFriday 11:40AM', 'Sam WhitlockYesterday 2:45PM']) {
      const draft = parseClip(page([HEADLINE, stamp, 'ShareFacebookXCopy link']));
      expect(draft.byline, stamp).toEqual(['Sam Whitlock']);
    }
  });

  it('ends a byline at a German timestamp’s label', () => {
    const draft = parseClip(page([HEADLINE, 'Von Maren Toft und Sam Whitlock Stand: 09.07.2025, 16:45 Uhr']));
    expect(draft.byline).toEqual(['Maren Toft', 'Sam Whitlock']);
  });

  it('does not take a caption closing on its picture’s credit for the headline, nor its credit for the source', () => {
    for (const caption of [
      'A dry dam west of Harrowgate. Picture by Sam Whitlock',
      'Die Kirche im Winter. Foto von Maren Toft',
      'Une rue enneigée du village. (Photo archives Courrier)',
      'Сухая запруда за Харроугейтом. Фото автора',
      'The old hall on Second Avenue opened in 1973. Maren Toft/Harrowgate Courier',
    ]) {
      const draft = parseClip(page([HEADLINE, '9 July 2025, 5:30am', caption]));
      expect(draft.title, caption).toBe(HEADLINE);
      expect(draft.paragraphs.join('\n'), caption).not.toContain(caption);
      expect(draft.source, caption).toBe('Harrowgate Courier');
    }
  });

  it('does not take a breadcrumb with its label for the headline', () => {
    const headline = '青山区一老旧小区8部加装电梯全部投用 老人重新“下楼”';
    const draft = parseClip(
      [
        '青山在线首页 | 手机版 | 客户端下载 登录 注册',
        '首页新闻本地国内财经教育健康视频',
        '广告',
        '您当前的位置 ：青山在线 >> 新闻 >> 本地新闻 >> 正文',
        headline,
        '2025-04-09 08:30:15　来源：青山晚报　作者：林晓',
        '字号：大 中 小',
        '',
        '本报讯（记者 林晓）4月8日上午，随着最后一台电梯通过验收，青山区梧桐小区8部加装电梯全部投入使用。这个建成于1996年的老旧小区，从此告别了“爬楼时代”。',
        '',
        '梧桐小区共有多层住宅楼10栋，居民400余户，其中60岁以上老人占比超过三成。由于没有电梯，不少住在高层的老人常年难以下楼。',
        '',
        '项目总投资约500万元，除居民自筹外，还申请到市、区两级财政补贴共计160万元。社区负责人介绍，下一步将推动电梯维保费用分摊机制落地。',
      ].join('\n'),
    );
    expect(draft.title).toBe(headline);
  });

  it('takes a live page’s headline, not the line above its first entry’s time', () => {
    const entry = (time: string, heading: string, text: string) => [time, heading, '', text, '', 'Link kopieren'];
    const draft = parseClip(
      page(
        [
          'Dürre im Liveticker: Landwirte teilen Wasser und Maschinen',
          'Von Maren Toft Stand: 09.07.2025, 16:45 Uhr',
          'Teilen Facebook WhatsApp E-Mail Merken',
          '',
          'Die Landwirte im Kreis teilen seit Wochen Brunnen, Lastwagen und Futter. Wir berichten im Liveticker über die Lage.',
          '',
          'Ticker aktualisieren Automatisch aktualisieren 3 Einträge',
          ...entry('16:45 Uhr', 'Kreis bittet Land um Hilfe', STORY[2]!),
          ...entry('15:20 Uhr', 'Brunnen werden knapp', STORY[1]!),
          ...entry('14:05 Uhr', 'Liste hängt im Gemeindehaus', STORY[0]!),
        ],
        [],
      ),
    );
    expect(draft.title).toBe('Dürre im Liveticker: Landwirte teilen Wasser und Maschinen');
    expect(draft.byline).toEqual(['Maren Toft']);
    expect(draft.source).not.toMatch(/Teilen|Facebook/u);
  });

  it('reads names in capitals before the outlet in its own case, and spells a wire’s initials out from it', () => {
    const draft = parseClip(
      page(
        [HEADLINE, 'By MAREN TOFT and SAM WHITLOCK Northway Press', 'Jan 28, 2025'],
        [`HARROWGATE, England (NP) — ${STORY[0]}`, STORY[1]!, STORY[2]!],
      ),
    );
    expect(draft.byline).toEqual(['Maren Toft', 'Sam Whitlock']);
    expect(draft.source).toBe('Northway Press');
  });
});

describe('the header of a live page pasted whole as text', () => {
  it('is its headline over the writers’ names and the timestamps, not a key point nor an entry', () => {
    const draft = parseClip(
      [
        'Home | News | Farming',
        'LIVE',
        'Live: Harrowgate farmers share water as the dry spell enters its fourth month',
        'Maren Toft and Sam Whitlock',
        'Published 9 July 2025, 06:02',
        'Updated 9 July 2025, 11:47',
        'Share',
        'Key points',
        'Dams west of Harrowgate are empty for the first time since records began in 1911',
        'A roster at the community hall lists which bores can spare water on which days',
        'The shire council will ask the state for freight subsidies next week',
        '11:47',
        'Council to ask the state for help',
        STORY[2],
        '10:58',
        'Bores running low',
        STORY[1],
        '10:15',
        'Roster pinned up at the hall',
        STORY[0],
        'Most read',
        'Library extends its weekend opening hours',
        'About us',
        'Privacy policy',
        '© 2025 Harrowgate Courier',
      ].join('\n'),
    );
    expect(draft.title).toBe('Live: Harrowgate farmers share water as the dry spell enters its fourth month');
    expect(draft.byline).toEqual(['Maren Toft', 'Sam Whitlock']);
    expect(draft.paragraphs).not.toContain('LIVE');
  });
});
