import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';

/** A made-up Chinese news page pasted as text, as a browser copies it. */
const STORY = [
  '记者从青川县水利局获悉，县城东侧的白龙湖生态堤防工程日前完工，新建堤防全长约4.6公里，可抵御五十年一遇的洪水，沿岸两万多名居民将因此受益。',
  '据介绍，工程总投资约1.8亿元，除加固堤身外，还在堤顶修建了步道和观景平台，并在沿线种植了三万多株乔木和灌木。',
  '县水利局相关负责人表示，下一步将对上游两处小型水库进行除险加固，计划明年汛期前完成。',
];

function page(extra: { afterHeader?: string[]; afterStory?: string[] }): string {
  return [
    '首页 新闻 本地 视频 专题',
    '青川白龙湖生态堤防工程完工',
    '发布时间：2026-05-06 10:20　来源：青川日报',
    '',
    ...(extra.afterHeader ?? []).flatMap((l) => [l, '']),
    ...STORY.flatMap((p) => [p, '']),
    ...(extra.afterStory ?? []).flatMap((l) => [l, '']),
    '相关新闻',
    '青川新增三条农村客运线路',
    'Copyright © 2026 青川日报 版权所有',
  ].join('\n');
}

describe('the furniture of a Chinese page pasted as text', () => {
  it('leaves out a caption that closes on its photographer’s credit without brackets', () => {
    const caption = '5月5日，市民在新建成的白龙湖堤顶步道上散步。记者 杜明 摄';
    expect(parseClip(page({ afterHeader: [caption] })).paragraphs).toEqual(STORY);
  });

  it('leaves out the notice that the story may not be copied, and the links to the stories before and after', () => {
    const afterStory = [
      '声明：本文版权归青川日报所有，未经授权不得转载。',
      '上一篇：青川县举办春季招聘会',
      '下一篇：白龙湖景区五一接待游客创新高',
    ];
    expect(parseClip(page({ afterStory })).paragraphs).toEqual(STORY);
  });

  it('leaves out the labelled summary over the story', () => {
    const summary = '【摘要】白龙湖生态堤防工程完工，可抵御五十年一遇洪水，沿岸两万多名居民受益。';
    expect(parseClip(page({ afterHeader: [summary] })).paragraphs).toEqual(STORY);
  });

  it('reads the reporter a closing credit in brackets names', () => {
    expect(readBylineLine('（记者 杜明）')?.names).toEqual(['杜明']);
  });
});
