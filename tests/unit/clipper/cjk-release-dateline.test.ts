import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../electron/shared/clipper/dateline.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a Chinese press release’s dateline', () => {
  it('gives the city, the full date and the wire between slashes', () => {
    expect(readDateline('杭州2025年5月6日 /示例通讯社/ -- 示例科技今日在杭州发布新一代农业无人机。')).toMatchObject({
      place: '杭州',
      agency: '示例通讯社',
      date: { year: 2025, month: 5, day: 6 },
    });
  });

  it('is the clip’s dateline, date and source', () => {
    const clip = parseClip(
      [
        '示例科技发布新一代农业无人机',
        '杭州2025年5月6日 /示例通讯社/ -- 示例科技今日在杭州发布新一代农业无人机，可在山地茶园自主规划航线。',
        '公司总经理王明表示，新机型的作业效率比上一代提高三成，明年将进入东南亚市场。',
      ].join('\n\n'),
    );
    expect(clip).toMatchObject({ dateline: '杭州', date: '2025-05-06', source: '示例通讯社' });
  });
});
