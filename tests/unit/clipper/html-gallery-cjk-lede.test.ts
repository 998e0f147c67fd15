import { describe, expect, it } from 'vitest';
import { draftFromPaste } from '../../../electron/core/clipper/draft-from-paste.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const draftOf = (html: string) => draftFromPaste({ text: '', html }, { readAt: new Date('2024-06-10T00:00:00Z') });

const LEAD = [
  'The botanic garden reopened to visitors on Saturday after three years of restoration work that cost the university almost twelve million pounds.',
  'The largest change is a new glasshouse of two thousand square metres, which now holds the tropical collection once kept in cramped wartime sheds.',
];
const REST = [
  '“Many of the plants have had enough light and room for the first time in decades, and some palms have already put out new shoots,” the garden’s director said.',
  'Besides the glasshouse, the paths were relaid, the pond was cleaned and new signs were put up along the main walks in three languages.',
];
const CAPTIONS = [
  'The new glasshouse is the largest building in the garden',
  'The pond was dredged over the winter',
  'Signs are printed in three languages',
  'Schoolchildren were the first visitors',
];

describe('an HTML story with a gallery between its paragraphs', () => {
  it('keeps the paragraphs above the gallery', async () => {
    const gallery = CAPTIONS.map(
      (c) =>
        `<div class="pic"><img src="x.jpg"><div class="cap">${c}</div><div class="credit">Photo: Ivy Brandt / The Garden Post</div></div>`,
    ).join('');
    const html =
      `<!doctype html><html lang="en"><head><title>The botanic garden reopens after restoration</title></head><body>` +
      `<nav><a href="/">Home</a> <a href="/city">City</a> <a href="/photos">Photos</a></nav><main><h1>The botanic garden reopens after restoration</h1>` +
      `<div class="lead">${LEAD.map((p) => `<p>${p}</p>`).join('')}</div><div class="gallery">${gallery}</div>` +
      `<div class="rest">${REST.map((p) => `<p>${p}</p>`).join('')}</div></main><footer><p>© 2024 The Garden Post</p></footer></body></html>`;
    const draft = await draftOf(html);
    expect(draft.paragraphs).toEqual([...LEAD, ...REST]);
  });
});

describe('a Chinese HTML story whose first paragraph repeats its headline', () => {
  it('keeps the first paragraph', async () => {
    const story = [
      '3月18日上午，城东污水处理厂二期工程正式开工建设。项目总投资约12亿元，设计日处理能力20万吨，预计2027年建成投用。',
      '据介绍，二期工程建成后，将有效缓解城东片区污水处理压力，出水水质将达到地表水准四类标准。',
      '市水务局相关负责人表示，将加快推进配套管网建设，确保工程按期发挥效益。',
    ];
    const html =
      `<!doctype html><html><head><title>城东污水处理厂二期工程正式开工</title></head><body><div class="nav"><a>首页</a><a>本地</a></div>` +
      `<h1>城东污水处理厂二期工程正式开工</h1><div class="info">2024-03-18 10:20 来源：城东日报</div>` +
      `<div class="txt">${story.map((p) => `<p>${p}</p>`).join('')}</div><div class="bar">点赞 12 收藏 分享</div></body></html>`;
    const draft = await draftOf(html);
    expect(draft.paragraphs).toEqual(story);
  });

  it('leaves a portal’s reader buttons with their counts out of the story', () => {
    const text = [
      '城东污水处理厂二期工程正式开工',
      '2024-03-18 10:20',
      '3月18日上午，城东污水处理厂二期工程正式开工建设，预计2027年建成投用。',
      '点赞 12 收藏 分享',
    ].join('\n\n');
    expect(parseClip(text).cruft).toContain('点赞 12 收藏 分享');
  });
});
