import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('Chinese divisions in lists, plateaus, firms named by their trade', () => {
  it('lists counties and towns followed by a verb, a plateau and its part, and no part, headquarters or quantity as a name', () => {
    const draft = parseClip(
      '云梦高原东部出现降雪\n\n受冷空气影响，云梦高原东部出现降雪，横山市部分地区积雪超过20厘米，多个乡镇道路中断。\n\n青禾药业在白石县、青峰县拥有药材基地，并在临溪镇设有仓库。青禾药业总部表示，运输暂未受影响。',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['云梦高原', '白石县', '青峰县', '临溪镇']));
    expect(draft.places).not.toContain('部分');
    expect(draft.places.some((p) => p.includes('多个'))).toBe(false);
    expect(draft.organizations).toContain('青禾药业');
    expect(draft.organizations.some((o) => /总部|设有|东部|横山市部/u.test(o))).toBe(false);
  });

  it('reads a body whose name holds 和 as one name, beside a body it works with', () => {
    const draft = parseClip('研究发布\n\n近日，东川仁和医院联合江城理工大学发布了一项研究，研究有所进展。');
    expect(draft.organizations).toEqual(expect.arrayContaining(['东川仁和医院', '江城理工大学']));
    expect(draft.organizations.some((o) => o.includes('有所'))).toBe(false);
  });
});

describe('Chinese bank branches, colleges and job titles after a body', () => {
  it('reads a bank’s branch as one body, a college of two fields, and ends a bureau before its deputy head', () => {
    const draft = parseClip(
      '澜州一家企业获两家银行授信\n\n9月2日，澜州精工股份有限公司与华兴银行澜州分行签署协议。华兴银行澜州分行行长周明介绍了情况。记者从江城理工大学获悉，该校能源科学与工程学院参与研究。澜州市工业和信息化局副局长陈红出席。',
    );
    expect(draft.organizations).toEqual(
      expect.arrayContaining(['华兴银行澜州分行', '能源科学与工程学院', '澜州市工业和信息化局', '澜州精工股份有限公司']),
    );
    expect(draft.organizations).not.toContain('华兴银行');
    expect(draft.organizations.some((o) => /副局|两家|校能源/u.test(o))).toBe(false);
  });

  it('ends a body before the job title of the person named after it', () => {
    const draft = parseClip('茶园用上无人机\n\n青峰智能副总裁兼农业事业部总经理王蕾介绍，公司计划建立服务站。');
    expect(draft.organizations.some((o) => o.includes('副总裁'))).toBe(false);
  });
});

describe('Chinese peoples named by their country', () => {
  it('reads no place from a country before 人, but keeps the country named on its own', () => {
    const draft = parseClip('大桥通车\n\n美国人和日本人都关注此事。澳大利亚游客也来了，他们从日本转机。');
    expect(draft.places).toEqual(expect.arrayContaining(['澳大利亚', '日本']));
    expect(draft.places).not.toContain('美国');
  });
});

describe('Chinese common words that end like places', () => {
  it('reads no place from going up a hill, a slope, a riverside, a measure word or a verb of reaching', () => {
    const draft = parseClip(
      '茶农用上无人机\n\n过去，茶农要背着药桶上山。如今在半山腰就能操作。村民沿着河边散步。这条路很长。农村地区也在发展。他们沿青江而下，到达云岭山。',
    );
    expect(draft.places).toEqual(expect.arrayContaining(['青江', '云岭山']));
    for (const word of ['着药桶上山', '半山', '着河', '条路', '农村', '达云岭山']) expect(draft.places).not.toContain(word);
  });
});
