import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

/** A made-up town paper's page pasted whole as text, carrying a wire's story under the byline a test gives. */
const MENU = ['Skip to content', 'Menu', 'Search', 'News', 'Local', 'Sports', 'Business', 'Opinion', 'Weather', 'Sign In'];
const HEADLINE = 'Ferry service resumes after a week of gales in the strait';
const STORY = [
  'Ferries between the mainland and the islands sailed again on Tuesday after a week of gales kept every boat in harbour and left shops on the islands short of fresh food.',
  'The operator said extra crossings would run until Friday to clear the backlog of freight, and that passengers with cancelled bookings could travel on any sailing this week.',
  'Harbour staff worked through the night to repair a damaged ramp, said Colm Ferris, who manages the terminal, and the first boat left only twenty minutes late.',
];
const FOOTER = ['Most Read', 'Library extends its weekend opening hours', 'About Us', 'Privacy Policy', '© 2024 Coastline Media Group LLC'];

describe('a byline that names the writer, then a wire, with nothing between them', () => {
  it('credits the writer and gives the wire as the source, not the whole line', () => {
    const text = [...MENU, HEADLINE, 'By DORA WHITCOMBE Associated Press', 'March 5, 2024', ...STORY, ...FOOTER].join('\n');
    const clip = parseClip(text);
    expect(clip.byline).toEqual(['Dora Whitcombe']);
    expect(clip.source).toBe('Associated Press');
  });
});
