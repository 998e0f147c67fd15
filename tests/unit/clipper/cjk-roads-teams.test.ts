import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Chinese roads, new districts, divisions in full, and teams', () => {
  it('reads roads before more text, a new district, and a city by the bare name it goes by', () => {
    const draft = parseClip(
      '绵阳：城东新区停车场投用\n\n6月1日，位于涪城区临园大道与剑南路交汇处的停车场正式投入使用，可缓解绵阳市中心城区停车难问题。\n\n归属于上市公司股东的收益将用于运营。',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['城东新区', '临园大道', '剑南路', '绵阳']));
    expect(draft.places).not.toContain('绵阳市');
    expect(draft.places.some((p) => p.includes('中心城区'))).toBe(false);
    expect(draft.organizations).not.toContain('上市公司');
  });

  it('reads a team from its town on, and keeps the town inside it out of the places', () => {
    const draft = parseClip('江畔队客场失利\n\n5月4日晚，绵阳星火女足客场迎战成都蓉光女足，最终0比1告负。\n\n赛后，双方都表示会继续努力。');
    expect(draft.organizations).toEqual(expect.arrayContaining(['绵阳星火女足', '成都蓉光女足']));
    expect(draft.places).not.toContain('成都');
  });
});

describe('Chinese names after a title', () => {
  it('lists people a report names after their title, with two or three characters', () => {
    const draft = parseClip(
      '江畔队主场取胜\n\n5月4日晚，江畔队主场2比0取胜。第12分钟，前锋罗志远头球破门；第70分钟，队长韩冰在禁区内补射得分。\n\n赛后，球迷们久久不愿离去。',
    );
    expect(draft.people).toEqual(expect.arrayContaining(['罗志远', '韩冰']));
    expect(draft.people).toHaveLength(2);
  });
});
