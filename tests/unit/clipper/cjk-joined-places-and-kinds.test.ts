import { describe, expect, it } from 'vitest';
import { withJoinedHanPlacesSplit } from '../../../electron/shared/clipper/cjk-names.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Chinese places run together, and a landmark’s kind alone', () => {
  it('lists a province run into a town it holds as two places', () => {
    expect(withJoinedHanPlacesSplit(['江西九江', '九江', '庐山'])).toEqual(['江西', '九江', '庐山']);
    expect(withJoinedHanPlacesSplit(['甘肃天水'])).toEqual(['甘肃', '天水']);
  });

  it('keeps a name that is one place', () => {
    expect(withJoinedHanPlacesSplit(['九江市', '鄱阳湖'])).toEqual(['九江市', '鄱阳湖']);
  });

  it('reads no place in a kind word alone', () => {
    const draft = parseClip('本地新闻\n\n江西九江的新桥建成后，游客可以到达古镇东侧。');
    expect(draft.places).toEqual(expect.arrayContaining(['江西', '九江']));
    expect(draft.places).not.toContain('新桥');
    expect(draft.places).not.toContain('古镇');
    expect(draft.places).not.toContain('江西九江');
  });
});
