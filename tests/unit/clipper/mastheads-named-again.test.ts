import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const RU_STORY = [
  'Власти города и компания-арендатор так и не договорились о судьбе деревянного дома на набережной. Совещание в мэрии закончилось без решения.',
  '',
  'Представитель арендатора заявил, что компания готова вложить в ремонт сорок миллионов рублей, но только после согласования нового проекта.',
  '',
  'В мэрии ответили, что рассчитывают на продолжение переговоров в январе, когда будет готова экспертиза фундамента.',
];

describe('a masthead in sentence case heading a page', () => {
  /** A regional site's page headed by its masthead, with `echo` (a line that names the site again, or none) under the story. */
  const page = (echo: string[], after: string[] = []) =>
    [
      'Северный край',
      'Город | Экономика | Культура | Спорт',
      'Деревянный дом на набережной остался без ремонта',
      'Опубликовано: 5 декабря 2024 г.',
      'Поделиться',
      ...RU_STORY,
      '',
      ...echo,
      'Комментарии (4)',
      'Читайте также',
      'Как в городе спасают деревянные дома',
      ...after,
    ].join('\n');

  it('is the source when the page names it again in quotation marks, in another case', () => {
    expect(parseClip(page([], ['Подпишитесь на рассылку «Северного края»'])).source).toBe('Северный край');
    expect(parseClip(page([])).source ?? null).toBeNull();
  });

  it('is the source when a picture of the story is credited to it', () => {
    expect(parseClip(page(['Фото: Северный край'])).source).toBe('Северный край');
  });

  it('is the source when a body heads its own site and its copyright line', () => {
    const page = [
      'Міністерство морського транспорту Прикладії',
      'Головна / Пресцентр / Новини',
      'Поромна переправа на острів працюватиме двічі на день',
      '18 квітня 2024 року',
      'Поромна переправа між портом і островом з квітня працюватиме двічі на день, повідомило міністерство. Мешканці просили про другий рейс два роки.',
      '',
      'Другий рейс коштуватиме стільки ж, скільки ремонт причалу, який тепер відкладуть до осені, пояснили в міністерстві.',
      '',
      'Пресслужба Мінмортрансу',
      'Поділитися:',
      'Facebook',
      'Версія для друку',
      '© 2024 Міністерство морського транспорту Прикладії. Усі матеріали сайту доступні за ліцензією Creative Commons Attribution 4.0',
    ].join('\n');
    const draft = parseClip(page);
    expect(draft.source).toBe('Міністерство морського транспорту Прикладії');
    expect(draft.byline).toEqual([]);
  });
});

describe('a masthead between a story’s date lines and its first paragraph', () => {
  it('names the source in sentence case, and in words papers use', () => {
    const ru = parseClip(
      [
        'Снежный циклон на острове: онлайн-трансляция',
        'Обновлено 14 марта 2025, 16:50',
        'Опубликовано 14 марта 2025, 07:10',
        'Приморский вестник',
        'Следить за трансляцией',
        '16:45',
        ...RU_STORY,
      ].join('\n'),
    );
    expect(ru.source).toBe('Приморский вестник');
    const de = parseClip(
      [
        'Sturmflut am Hafen: der Liveticker',
        'Aktualisiert: 05.12.2024, 14:10 Uhr',
        'Erstellt: 05.12.2024, 05:30 Uhr',
        'Friesische Allgemeine',
        'Liveticker aktualisieren',
        'Der Pegel am Hafen hat am Mittag mit 3,41 Metern über dem mittleren Hochwasser seinen Höchststand erreicht, teilte das Amt mit.',
        '',
        'Die Polizei hat in der Nacht mehrere Parkplätze in Ufernähe räumen lassen. Wer sein Auto dort stehen ließ, muss mit Abschleppkosten rechnen.',
      ].join('\n'),
    );
    expect(de.source).toBe('Friesische Allgemeine');
    expect(de.byline).toEqual([]);
  });
});

describe('a paper’s name under an editorial’s last paragraph', () => {
  const EDITORIAL = [
    'OPINION',
    'Editorial: The ferry needs a timetable, not another launch party',
    'By the Editorial Board',
    'Published Oct. 2, 2025',
    'The harbour board has now held three launch parties for a ferry that does not yet sail. On Tuesday its chairman stood on the quay once more to mark the start of trials.',
    '',
    'Islanders could be forgiven for asking what, exactly, has begun. The board has not published a timetable since the spring, and the operator says it has no crew.',
    '',
    'Commuters on the island deserve more than photo opportunities.',
    '',
    'The Skerrin Examiner',
  ];

  it('signs it for the paper, the source, above the address for letters', () => {
    const clip = parseClip([...EDITORIAL, 'Letters to the editor: letters@example.com'].join('\n'));
    expect(clip.source).toBe('The Skerrin Examiner');
    expect(clip.byline).toEqual([]);
    expect(clip.paragraphs.join('\n')).not.toContain('letters@example.com');
    expect(parseClip(EDITORIAL.join('\n')).source).toBe('The Skerrin Examiner');
  });
});

describe('a site’s masthead over a page whose footer names the body that runs it', () => {
  it('is the source, not the owner the copyright line names', () => {
    const clip = parseClip(
      [
        '青川大学新闻网',
        '当前位置：首页 >> 综合新闻',
        '我校团队发布湖泊修复成果 湖心区水质明显提升',
        '发布时间：2024-10-16　浏览次数：2318',
        '10月15日，青川大学水利学院与湖区管理委员会联合发布湖泊修复十年监测成果。数据显示，湖心区水质已稳定提升。',
        '',
        '项目负责人介绍，团队借鉴了多个湖泊的治理经验，从江中引水对湖泊进行补水。',
        '',
        '（编辑：周若溪）',
        '上一篇：我校学子在全国竞赛中获一等奖',
        '版权所有 © 青川大学党委宣传部　地址：青川市八一路299号',
      ].join('\n'),
    );
    expect(clip.source).toBe('青川大学新闻网');
  });
});
