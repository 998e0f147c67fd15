import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** Made-up pastes that open on the site's own bar or masthead, or name the site only in a notice. */
const STORY_EN = [
  'Every winter the same debate returns: a few late-night incidents, a headline, and a call to close the bars earlier than before.',
  'Other cities have tried something else. They appointed officials to look after the night-time economy, and saw fewer incidents within three years.',
];
const STORY_UK = [
  'Сьогодні в Ізмаїльському районі ввели в експлуатацію відновлений шлюз-регулятор, повідомили в агентстві.',
  'Роботи тривали вісім місяців і коштували 41 мільйон гривень, розповів начальник управління Петро Гайдай.',
];

describe('the site’s name at the top of a paste', () => {
  it('is the first item of a bar of its sections', () => {
    const clip = parseClip(
      ['Harbour Gazette | News | Sport | Opinion', 'The city needs a night mayor', 'By Priya Shah', '', ...STORY_EN].join('\n'),
    );
    expect(clip.source).toBe('Harbour Gazette');
  });

  it('is not a writer’s name or a place opening a bar of figures or tags', () => {
    const writer = parseClip(['Priya Shah | 3 June 2023 | 5 min read', 'The city needs a night mayor', '', ...STORY_EN].join('\n'));
    expect(writer.source).toBeNull();
    const tags = parseClip(['Ukraine | Energy | Winter', 'The city needs a night mayor', '', ...STORY_EN].join('\n'));
    expect(tags.source).toBeNull();
  });

  it('stands alone over a breadcrumb from the home page, in sentence case too', () => {
    const clip = parseClip(
      [
        'Агентство водних ресурсів',
        'Головна / Пресцентр / Новини',
        'На Одещині завершили ремонт шлюзу',
        '25 листопада 2026',
        '',
        ...STORY_UK,
      ].join('\n'),
    );
    expect(clip.source).toBe('Агентство водних ресурсів');
  });
});

describe('the site’s name in a notice', () => {
  it('is read after either spelling of the Ukrainian `subscribe to`, but not in the accusative', () => {
    const page = (name: string) =>
      parseClip(
        [
          ...['Головна', 'Новини', 'Політика', 'Економіка', 'Спорт'],
          'На Одещині завершили ремонт шлюзу',
          '25 листопада 2026, 14:30',
          '',
          ...STORY_UK,
          'Читайте також: Як утеплити вікна за годину',
          `Підписуйтеся на «${name}» у Telegram і Viber`,
          ...['Теги: Дунай, шлюзи', 'Про нас', 'Контакти', 'Реклама'],
        ].join('\n'),
      );
    expect(page('Поділля.Онлайн').source).toBe('Поділля.Онлайн');
    expect(page('Подільську хвилю').source).not.toBe('Подільську хвилю');
  });

  it('is not `this site` in a Chinese source tag, and a government portal’s masthead names it', () => {
    const clip = parseClip(
      [
        '临江市人民政府门户网站',
        '您当前的位置：首页 > 政务公开 > 工作动态',
        '我市地铁6号线一期工程开通初期运营',
        '发布时间：2026-11-28　　来源：本网　　浏览次数：2368　　字号：【大 中 小】',
        '11月28日上午，临江地铁6号线一期工程开通初期运营仪式在临江站举行。副市长孙立群出席仪式并宣布开通。',
        '据悉，市交通运输局同步优化调整了沿线公交线路，方便市民换乘地铁出行。',
      ].join('\n'),
    );
    expect(clip.source).toBe('临江市人民政府门户网站');
  });

  it('is a paper’s name over the label of its section, or at the head of a breadcrumb, in capitals too', () => {
    const over = parseClip(
      ['La Gazette de l’Étang', 'Débats', 'Il faut un maire de la nuit', 'Par Paule Roux', '', ...STORY_EN].join('\n'),
    );
    expect(over.source).toBe('La Gazette de l’Étang');
    const shouted = parseClip(
      ['HAFEN-KURIER', 'Region | Küste | Gericht', 'Die Stadt braucht einen Nachtbürgermeister', '', ...STORY_EN].join('\n'),
    );
    expect(shouted.source).toBe('Hafen-Kurier');
    const crumbs = parseClip(['Приморський вісник › Ізмаїл › Коротко', 'На Одещині завершили ремонт шлюзу', '', ...STORY_UK].join('\n'));
    expect(crumbs.source).toBe('Приморський вісник');
  });

  it('is no paper where the first line names none, and a masthead in capitals beside its section is no writer', () => {
    const plain = parseClip(['Harbour Lights', 'Opinion', 'The city needs a night mayor', '', ...STORY_EN].join('\n'));
    expect(plain.source).toBeNull();
    const bar = parseClip(
      ['THE WEEKEND LEDGER | INTERVIEW', 'The city needs a night mayor', 'Priya Shah, Night Correspondent', '', ...STORY_EN].join('\n'),
    );
    expect(bar.byline).toEqual(['Priya Shah']);
    expect(bar.source).toBe('The Weekend Ledger');
  });
});
