import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { sourceFromTag } from '../../../electron/shared/clipper/source.js';

/** Made-up stories with the credit shapes whole pages pasted as text give them. */
const STORY = [
  'The harbour authority confirmed on Tuesday that the old ferry pier will close for repairs for at least six months from the start of next year.',
  '"We have patched it for a decade, and the piles will not take another winter," said the authority’s chief engineer, Lena Marsh.',
  'Passengers will board from a temporary pontoon at the north quay while the work goes on.',
];

describe('a writer credited with her role', () => {
  it('names her when her role says where she reports from, and her line is no headline', () => {
    expect(readBylineLine('Miriam Castell, Correspondent in Porto')).toEqual({ names: ['Miriam Castell'], outlet: null });
    const text = [
      'Old ferry pier to close for six months of repairs',
      'Miriam Castell, Correspondent in Porto',
      'Tue 3 Mar 2026 09.12 GMT',
      ...STORY,
    ].join('\n');
    const clip = parseClip(text);
    expect(clip.title).toBe('Old ferry pier to close for six months of repairs');
    expect(clip.byline).toEqual(['Miriam Castell']);
  });

  it('takes her name, not her role, when the role and her handle stand on the line under it', () => {
    expect(readBylineLine('Harbour Reporter · @miriamcastell')).toBeNull();
    const text = [
      'Old ferry pier to close for six months of repairs',
      'Miriam Castell',
      'Harbour Reporter · @miriamcastell',
      '2 hours ago',
      ...STORY,
    ].join('\n');
    const clip = parseClip(text);
    expect(clip.byline).toEqual(['Miriam Castell']);
    expect(clip.source).toBeNull();
  });

  it('reads a blog’s post credit in Ukrainian and Russian', () => {
    expect(readBylineLine('Опубліковано Олеся Гринько')?.names).toEqual(['Олеся Гринько']);
    expect(readBylineLine('Опубликовал Пётр Сомов')?.names).toEqual(['Пётр Сомов']);
    expect(readBylineLine('Опубліковано о 21:14')).toBeNull();
  });
});

describe('a Chinese portal’s line of labels, run together by the text copy', () => {
  const line = '来源：东江晚报记者 沈若溪 何嘉发布时间：2026年3月5日 07:30字号：大 中 小';

  it('gives the paper and its reporters, each name ending where the next label starts', () => {
    expect(sourceFromTag(line)).toBe('东江晚报');
    const text = [
      '老城区加装电梯提速 今年已有两百余台投用',
      line,
      '记者从市住建局获悉，今年以来全市老旧小区已完成加装电梯二百余台，超过前三年的总和，明年计划再增加三百台。',
      '“加装电梯难，难在协调。”市住建局负责人介绍，今年出台了新的实施办法，进一步明确了业主表决规则。',
    ].join('\n');
    const clip = parseClip(text);
    expect(clip.byline).toEqual(['沈若溪', '何嘉']);
    expect(clip.source).toBe('东江晚报');
    expect(clip.date).toBe('2026-03-05');
  });
});
