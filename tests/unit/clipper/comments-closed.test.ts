import { describe, expect, it } from 'vitest';
import { isCruftLine } from '../../../electron/shared/clipper/cruft.js';

describe('a page saying its comments are closed', () => {
  it('is furniture, in each language', () => {
    for (const line of [
      'Comments are closed for this live blog.',
      'Commenting has been disabled.',
      'Die Kommentarfunktion wurde geschlossen.',
      'Les commentaires sont fermés pour cet article.',
      'Комментарии закрыты.',
      'Коментарі закрито',
      '评论已关闭',
    ]) {
      expect(isCruftLine(line), line).toBe(true);
    }
  });

  it('is not a sentence of the story about comments', () => {
    expect(isCruftLine('Comments are closed to the public until the council publishes its final plan next spring.')).toBe(false);
    expect(isCruftLine('The comments were closed after the row, the editor said.')).toBe(false);
  });
});
