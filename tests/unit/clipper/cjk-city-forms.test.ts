import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Chinese cities and subdistricts as the text writes them', () => {
  it('keeps a city with its kind where the text never writes it bare, and gives it bare where it does', () => {
    const draft = parseClip(
      '社区养老服务持续完善\n\n在合肥市蜀山区，社区通过入户走访了解老人需求。在兰州市，民政部门增加了助餐点。太原市民政局表示，太原今年将新建20个服务站。',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['合肥市', '兰州市']));
    expect(draft.places).not.toContain('合肥');
  });

  it('keeps a subdistrict named after a road whole', () => {
    const draft = parseClip('社区养老服务持续完善\n\n在合肥市蜀山区太原路街道，记者看到一座由老厂房改造的服务中心。');
    expect(draft.places).toContain('太原路街道');
    expect(draft.places).not.toContain('路街道');
  });
});

describe('Chinese bodies after the verb that asks, works with or urges them', () => {
  it('starts the name after the verb', () => {
    const draft = parseClip('水库清淤\n\n市府已请水利局协助调查。区政府将协调蜀山农田水利管理处，记者今天获悉。');
    expect(draft.organizations).toEqual(expect.arrayContaining(['水利局', '蜀山农田水利管理处']));
    expect(draft.organizations.some((o) => o.startsWith('协调') || o.startsWith('市府已请'))).toBe(false);
  });
});
