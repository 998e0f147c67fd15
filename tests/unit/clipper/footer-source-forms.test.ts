import { describe, expect, it } from 'vitest';
import { sourceFromFooter } from '../../../electron/shared/clipper/source.js';

describe('the outlet a copyright footer names', () => {
  it.each([
    [
      'a Russian name in sentence case before the sign, with an age rating after the year',
      'Вечерний курьер © 2025. 16+',
      'Вечерний курьер',
    ],
    ['a Ukrainian name in sentence case', 'Північний кур’єр © 2024. Усі права захищено.', 'Північний кур’єр'],
    ['a Chinese name before 版权所有 after the sign', 'Copyright © 2025 江城晚报 版权所有', '江城晚报'],
    [
      'a name and year before the footer’s links, set apart by dots',
      '© Lindauer Tagblatt 2026 · Impressum · Datenschutz · AGB',
      'Lindauer Tagblatt',
    ],
  ])('is read from %s', (_, line, name) => {
    expect(sourceFromFooter(line)).toBe(name);
  });

  it('is not an age rating or a year alone', () => {
    expect(sourceFromFooter('© 2025. 16+')).toBeNull();
  });

  it('is not a sentence-case Cyrillic phrase without an outlet’s word', () => {
    expect(sourceFromFooter('Все материалы © 2025.')).toBeNull();
  });
});
