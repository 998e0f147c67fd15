import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('the outlet a post or portal names in its header', () => {
  it('reads a channel’s name over the post’s time stamp', () => {
    const draft = parseClip(
      'Городской вестник | Заречный\n03.03.2025, 08:10\nВ Заречном закрыли мост на ремонт\n\nМост через реку закрыли в понедельник, сообщили в администрации. Ремонт продлится месяц.',
    );
    expect(draft.source).toBe('Городской вестник');
  });

  it('reads a WeChat account beside the date, not the follow prompt, and keeps the headline', () => {
    const draft = parseClip(
      '原创 江畔体育 2025年05月04日 20:31 湖南\n江畔队主场3比0完胜 取得两连胜\n点击上方蓝字关注我们\n5月4日晚，江畔队在主场以3比0战胜对手，取得两连胜。\n\n赛后，主教练表示球队状态正在回升。',
    );
    expect(draft.source).toBe('江畔体育');
    expect(draft.title).toBe('江畔队主场3比0完胜 取得两连胜');
  });

  it('reads a Chinese paper from its lead-in and from its reprint note', () => {
    const lead = parseClip(
      '某公司营收增长\n2025年04月20日 18:00\n江畔财经讯（记者 王小明）某公司4月20日发布一季度报告，营业收入同比增长12%。\n\n公司股价当日上涨。',
    );
    expect(lead.source).toBe('江畔财经');
    const note = parseClip('某公司营收增长\n\n某公司4月20日发布一季度报告，营业收入同比增长12%。\n\n（本文来自江畔财经，转载请注明出处）');
    expect(note.source).toBe('江畔财经');
  });

  it('reads an outlet in quotation marks after a photographer in a credit', () => {
    const draft = parseClip(
      'Бібліотеку відкрили після ремонту\nФото: Ірина Лис / «Заріченські вісті»\nДитячу бібліотеку в Заріччі відкрили після ремонту, розповіла директорка.\n\nЧитачі принесли понад тисячу книжок.',
    );
    expect(draft.source).toBe('Заріченські вісті');
  });
});

describe('a forwarded newsletter', () => {
  it('takes the sender as the outlet when the paste prints its name again, but not a person who sent it', () => {
    const body =
      '\n\nRiver plan approved\nBy Ann Lowe\nMay 3, 2025\n\nThe county approved the river plan on Friday after a long debate.\n\nFarmers welcomed the vote.\n';
    const letter = parseClip(
      `---------- Forwarded message ---------\nFrom: The Valley Digest <hello@valley.example.com>\nSubject: River plan\n\nTHE VALLEY DIGEST${body}`,
    );
    expect(letter.source).toBe('The Valley Digest');
    const person = parseClip(
      `---------- Forwarded message ---------\nFrom: Tom Reyes <tom@example.org>\nSubject: River plan${body}\nTom Reyes`,
    );
    expect(person.source).toBeNull();
  });
});
