import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { HEADLINE, MENU, STORY } from './lighthouse-page.js';

/** A made-up town paper's page pasted whole as text, with another story's teaser just above the article's headline. */
const FOOTER = [
  'Most Read',
  'Library extends its weekend opening hours',
  'Fire crews called to barn blaze on Mill Road',
  'About Us',
  'Privacy Policy',
];

const page = (above: readonly string[], header: readonly string[]) =>
  [...MENU, ...above, HEADLINE, ...header, ...STORY, ...FOOTER, '© 2024 Gullcombe Courier'].join('\n');

describe('a date just above the headline', () => {
  it('does not date the article when it sits under another story’s headline', () => {
    const clip = parseClip(page(['Ferry fares to rise for island residents in spring', 'March 1, 2024'], ['By Ada Fennimore']));
    expect(clip.title).toBe(HEADLINE);
    expect(clip.date).toBeNull();
  });

  it('dates the article under a section’s label', () => {
    expect(parseClip(page(['Local News', 'March 2, 2024'], ['By Ada Fennimore'])).date).toBe('2024-03-02');
  });
});
