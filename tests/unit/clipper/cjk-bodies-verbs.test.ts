import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Chinese bodies found by their suffix', () => {
  it('reads funds and holding companies, and no body out of a verb, a "so-called" or a listed company', () => {
    const draft = parseClip(
      '保险股早盘走强\n\n保险板块早盘走强，而江城银行微跌。明远基金研究员认为，反弹仍需观察。港口企业昨日与青岚集团签署租赁协议，青禾控股上涨2%。不法分子诱导老人存入所谓“保本理财”。园区将引导更多上市公司落地。',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['江城银行', '明远基金', '青岚集团', '青禾控股']));
    expect(draft.organizations.some((o) => /签署|所谓|^而|上市公司/u.test(o))).toBe(false);
  });

  it('drops a bracketed font-size bar', () => {
    const draft = parseClip(
      '候鸟提前南迁\n【字体 大 中 小】 打印本页\n\n观鸟志愿者在湿地记录到三千余只白鹭，比往年提前约两周抵达越冬地，专家认为与今年北方降温较早有关。',
    );
    expect(draft.paragraphs.join('')).not.toContain('字体');
  });
});
