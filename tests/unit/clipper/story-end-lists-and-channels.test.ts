import { describe, expect, it } from 'vitest';
import { isCruftLine } from '../../../electron/shared/clipper/cruft.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const STORY = [
  'Новый мост через реку Примерку откроют для движения в декабре, сообщили в администрации района. Он заменит старую переправу, которую закрыли прошлой весной.',
  'Строительство моста началось два года назад и обошлось бюджету в 900 млн рублей. Подрядчик дважды переносил сроки из-за паводков.',
  '«Мы закончили основные работы и сейчас укладываем асфальт», - рассказал глава района Иван Петров.',
];

describe('the end of a story', () => {
  it('drops a prompt to read the outlet on a messenger, in any of the languages', () => {
    for (const line of [
      'Читать «Примерские вести» в Telegram',
      'Підписуйтеся на «Приклад» у Telegram',
      'Follow Example News on WhatsApp',
      'Suivez Le Courrier sur Instagram',
    ])
      expect(isCruftLine(line), line).toBe(true);
    expect(isCruftLine('The minister said she would read the report on Telegram.')).toBe(false);
  });

  it('drops the tags listed one a line under their heading', () => {
    const clip = parseClip(['Мост через Примерку откроют в декабре', ...STORY, 'Теги\nМосты\nПримерский район'].join('\n\n'));
    expect(clip.paragraphs.join('\n')).not.toMatch(/Мосты|Примерский район/u);
  });

  it('drops the links under a “you may also be interested in” heading', () => {
    const text = [
      'Мост через Примерку откроют в декабре',
      ...STORY,
      'Вам также может быть интересно:\nВ Примерске закрыли старый паром',
    ].join('\n\n');
    expect(parseClip(text).paragraphs.join('\n')).not.toMatch(/паром/u);
  });

  it('drops a Chinese press release’s company boilerplate and its source line', () => {
    const text = [
      '示例科技发布新一代农业无人机',
      '杭州2025年5月6日 /示例通讯社/ -- 示例科技今日在杭州发布新一代农业无人机，可在山地茶园自主规划航线。',
      '公司总经理王明表示，新机型的作业效率比上一代提高三成，明年将进入东南亚市场。公司计划年内在云南和福建建立两个服务中心。',
      '关于示例科技\n示例科技成立于2015年，总部位于杭州，专注于农业无人机的研发和生产。',
      '消息来源：示例科技有限公司',
    ].join('\n\n');
    const body = parseClip(text).paragraphs.join('\n');
    expect(body).toMatch(/作业效率/u);
    expect(body).not.toMatch(/成立于|消息来源/u);
  });
});
