import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Chinese phrases of place and manner that name nowhere, and stations named after their town', () => {
  it('reads no place from `一路`, `沿湖` or `临湖`', () => {
    const draft = parseClip('新闻\n\n游客从青川古镇出发，一路向北经过石桥镇。改造时迁走了大量临湖的客栈。游客更要靠沿湖的步道。');
    expect(draft.places).toEqual(expect.arrayContaining(['石桥镇']));
    for (const phrase of ['一路', '大量临湖', '更要靠沿湖', '沿湖']) expect(draft.places).not.toContain(phrase);
    expect(draft.places.some((p) => p.endsWith('一路'))).toBe(false);
  });

  it('reads no body from a length of time or from restaurants joined to inns', () => {
    const draft = parseClip('新闻\n\n在石桥镇开了三十多年小卖部的老人周秀英说，客栈和餐馆都搬走了。');
    expect(draft.organizations).not.toContain('三十多年小卖部');
    expect(draft.organizations).not.toContain('客栈和餐馆');
  });

  it('starts a station at the known town right before its kind, and reads a city proper as the city', () => {
    const draft = parseClip('新闻\n\n从青州市区出发，未来可延伸至青州高铁站和杭州方向。');
    expect(draft.places).toContain('青州高铁站');
    expect(draft.places).not.toContain('青州市区');
  });

  it('reads a city before a two-way bearing, a subdistrict left on foot and a town gone to after `至`', () => {
    const draft = parseClip('新闻\n\n位于青州市东南部的湿地公园昨日开园。游客可从湖西街道一路步行至石门镇。');
    expect(draft.places).toEqual(expect.arrayContaining(['湖西街道', '石门镇']));
    expect(draft.places.some((p) => p.startsWith('青州'))).toBe(true);
  });

  it('reads no place from a bare canal or from what is newly added', () => {
    const draft = parseClip('新闻\n\n公园二期新增环湖步道八公里，连接南湖与运河。');
    expect(draft.places).not.toContain('运河');
    expect(draft.places).not.toContain('新增环湖步道');
  });
});
