import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** A made-up weekly's page pasted whole as text: its logo's line (or a trending bar), a menu, the story and a footer. */
const MENU = ['Menu', 'Search', 'News', 'Local', 'Sports', 'Business', 'Opinion', 'Weather', 'Sign In'];
const HEADER = ['Volunteers reopen the lighthouse museum after a winter of repairs', 'By Ada Fennimore', 'March 2, 2024'];
const story = (quoteEnd: string) => [
  'The lighthouse museum at Gullcombe Point opened its doors again on Saturday after volunteers spent the winter replacing rotten floorboards and repainting the keeper’s cottage.',
  'More than two hundred visitors climbed the tower on the first day, the museum’s trustees said, many of them families who had waited since the autumn storms closed the site.',
  `“We did not think we would be ready before the summer,” Hester Wren, who led the work, ${quoteEnd}.`,
  'The trustees now hope to raise money for a new lens room display, and a fair on the green next month will collect donations for the project.',
];
const FOOTER = ['Most Read', 'Library extends its weekend opening hours', 'About Us', 'Privacy Policy', '© 2024 Coastline Media Group LLC'];

const page = (top: readonly string[], quoteEnd: string) => [...top, ...MENU, ...HEADER, ...story(quoteEnd), ...FOOTER].join('\n');

describe('the name in a page’s logo line', () => {
  it('is its source when the story names the paper mid-sentence', () => {
    expect(parseClip(page(['Gullcombe Courier'], 'told the Gullcombe Courier')).source).toBe('Gullcombe Courier');
  });

  it('is not taken when nothing else names it, unless it says it is an outlet', () => {
    expect(parseClip(page(['Gullcombe Lantern'], 'said on Sunday')).source).toBeNull();
    expect(parseClip(page(['Gullcombe Courier'], 'said on Sunday')).source).toBe('Gullcombe Courier');
  });

  it('is not a person’s name in a trending bar that the story names', () => {
    expect(parseClip(page(['Trending', 'Hester Wren', 'Harbour Festival'], 'said Hester Wren')).source).toBeNull();
  });
});
