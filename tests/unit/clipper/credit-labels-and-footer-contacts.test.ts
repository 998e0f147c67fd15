import { describe, expect, it } from 'vitest';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';
import { sourceFromFooter } from '../../../electron/shared/clipper/source.js';

describe('credits labelled in other ways', () => {
  it('name the writer of an interview, a live blog and a Chinese release', () => {
    expect(readBylineLine('Das Gespräch führte Jana Berghoff.')?.names).toEqual(['Jana Berghoff']);
    expect(readBylineLine('Стрічку ведуть: Марія Коваль, Петро Лис')?.names).toEqual(['Марія Коваль', 'Петро Лис']);
    expect(readBylineLine('撰稿：李晓燕　摄影：张伟　审核：王强')?.names).toEqual(['李晓燕']);
  });

  it('leave the writer’s post out of the outlet named after them', () => {
    expect(readBylineLine('By Ann Lowe, Example Gazette staff writer')).toEqual({ names: ['Ann Lowe'], outlet: 'Example Gazette' });
  });
});

describe('a copyright footer', () => {
  it('names the owner without the address or phone number after it', () => {
    expect(sourceFromFooter('版权所有 © 示例大学宣传部　地址：示例市示例路1号')).toBe('示例大学宣传部');
    expect(sourceFromFooter('© 2026 Example Press  Tel: 555 0100')).toBe('Example Press');
  });
});
