import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Chinese bodies found by their suffix', () => {
  it('reads funds and holding companies, and no body out of a verb, a "so-called" or a listed company', () => {
    const draft = parseClip(
      '券商股午后拉升\n\n券商板块午后拉升，而江城银行小幅下跌。明远基金分析师对记者表示，行情仍需观察。公司前一日与青岚集团签署合作协议，青禾控股上涨2%。骗子诱导其转入所谓“安全账户”。监管部门将推动提高上市公司质量。',
    );
    expect(draft.organizations).toEqual(expect.arrayContaining(['江城银行', '明远基金', '青岚集团', '青禾控股']));
    expect(draft.organizations.some((o) => /签署|所谓|^而|上市公司/u.test(o))).toBe(false);
  });

  it('drops a bracketed font-size bar', () => {
    const draft = parseClip(
      '湖泊碳汇被低估\n【字号 大 中 小】 打印\n\n研究团队在12个湖泊布设了长期观测站，发现湖泊每年吸收的二氧化碳比此前估计高出约三成。',
    );
    expect(draft.paragraphs.join('')).not.toContain('字号');
  });
});
