import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { MENU, FOOTER, story } from './made-up-page.js';

const HEADLINE = 'Villagers plant an orchard of forgotten apples';

function titledPage(separator: string): string {
  return [
    'We use cookies to measure our audience. Accept | Refuse',
    'The Valley Ledger',
    ...MENU,
    `${HEADLINE}${separator}The Valley Ledger`,
    'By Nora Quill',
    'April 2, 2024',
    ...story,
    ...FOOTER,
  ].join('\n');
}

describe('a page’s title line closing on the site’s name', () => {
  it.each([' | ', ' - '])('is the headline, not the masthead its name repeats (%j)', (separator) => {
    const clip = parseClip(titledPage(separator));
    expect(clip.title).toBe(`${HEADLINE}${separator}The Valley Ledger`);
    expect(clip.source).toBe('The Valley Ledger');
  });
});
