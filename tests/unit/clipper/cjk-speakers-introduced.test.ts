import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const speakers = (text: string) => parseClip(text).quotes.map((q) => q.speaker);

describe('Chinese speakers a pronoun, a body’s voice or the next sentences point to', () => {
  it('credits the words after a sentence on the pronoun’s hope to the person named before', () => {
    expect(
      speakers(
        '地铁九号线明年通车\n\n地铁九号线二期工程已完成土建施工。家住新城的市民罗晓燕说：“每天上班要换两趟车。”\n\n她希望地铁能早日开通。“有了地铁，我能多睡半小时。”',
      ),
    ).toEqual(['罗晓燕', '罗晓燕']);
  });

  it('credits an official of the body `该局` points back to', () => {
    expect(speakers('地铁\n\n南川市交通运输局也对工程进度给予肯定。该局相关负责人表示：“全市地铁里程将突破300公里。”')).toEqual([
      '南川市交通运输局',
    ]);
  });

  it('credits words opening a paragraph to the person the sentences after them bring in and credit next', () => {
    expect(
      speakers(
        '绿道\n\n“刚开始担心灯会吓到人，跑了几次发现很自然。”家住湖边的市民罗建华是一名跑步爱好者。他说：“以前晚上只能在马路边跑。”',
      ),
    ).toEqual(['罗建华', '罗建华']);
  });
});
