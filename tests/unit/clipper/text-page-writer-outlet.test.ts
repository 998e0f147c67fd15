import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { HEADLINE, MENU, STORY } from './lighthouse-page.js';

/** A made-up regional paper's page pasted whole as text, around the header lines a test gives. */
const LISTS = [
  'Related Stories',
  'Ferry fares to rise in the spring',
  'School choir wins county prize',
  'About Us',
  'Contact Us',
  'Privacy Policy',
];

const page = (header: readonly string[], after: readonly string[] = []) =>
  [...MENU, HEADLINE, ...header, ...STORY, ...after, ...LISTS, '© 2024 Coastline Media Group. All rights reserved.'].join('\n');

describe('a page whose byline sets the writer before the outlet, with a comma', () => {
  it('heads the page with its headline and credits the writer and the outlet', () => {
    const clip = parseClip(page(['Ada Fennimore, The Gullcombe Courier', 'Published 9:15 AM March 2, 2024']));
    expect(clip.title).toBe(HEADLINE);
    expect(clip.byline).toEqual(['Ada Fennimore']);
    expect(clip.source).toBe('The Gullcombe Courier');
  });

  it('credits both writers when two share the outlet', () => {
    const clip = parseClip(page(['Ada Fennimore and Tobias Marsh, The Gullcombe Courier', 'Published 9:15 AM March 2, 2024']));
    expect(clip.title).toBe(HEADLINE);
    expect(clip.byline).toEqual(['Ada Fennimore', 'Tobias Marsh']);
  });

  it('does not take a picture’s credit under its caption for the outlet', () => {
    const clip = parseClip(
      page(['By Ada Fennimore', 'Published 9:15 AM March 2, 2024', 'The restored tower at Gullcombe Point', 'Piet Olsen, Harbour Press']),
    );
    expect(clip.source).toBeNull();
  });
});

describe('a page whose story is credited nowhere', () => {
  it('reads no writer from the heading of the list of links under the story', () => {
    const clip = parseClip(page(['March 2, 2024']));
    expect(clip.byline).toEqual([]);
  });
});
