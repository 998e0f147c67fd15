import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { selfReference } from '../../../electron/shared/clipper/page-site-name.js';

/** A made-up fact-checking site's page pasted whole as text; the lines a test gives sit in its footer. */
const MENU = ['Skip to content', 'Editions', 'National', 'States', 'Fact-checks', 'Promises', 'Search'];
const HEADER = ['How much of the harbour tax reaches the harbour?', 'By Milo Ferrante', 'March 4, 2024'];
const story = (mention: string) => [
  'A councillor said this month that barely a third of the harbour tax paid by visiting boats is spent on the harbour itself, with the rest going to the town’s general budget.',
  `The councillor’s office ${mention} with the figures behind the claim, so we looked at the town’s published accounts for the last five years.`,
  'The accounts show that the tax raised about 2.1 million in each of those years, and that the harbour’s own spending came to a little under half of it once repairs are counted.',
  'Our ruling: the claim leaves out the repair budget, which the accounts list separately, and so it overstates how much of the tax goes elsewhere.',
];
const FOOTER = ['Our Staff', 'Our Process', 'Donate', 'Privacy Policy'];

const page = (mention: string, furniture: readonly string[]) =>
  [...MENU, ...HEADER, ...story(mention), 'Related fact-checks', 'Ferry fares claim rated Half True', ...furniture, ...FOOTER].join('\n');

describe('the source of a page whose only self-reference is a line asking readers to stay with it', () => {
  it('is the name that line gives, when the story names the site too', () => {
    const clip = parseClip(page('did not provide Truthgauge', ['Keep up to date with Truthgauge Ruritania']));
    expect(clip.source).toBe('Truthgauge');
  });

  it('is left empty when the story does not name it', () => {
    expect(parseClip(page('did not provide us', ['Keep up to date with Truthgauge Ruritania'])).source).toBeNull();
  });

  it('is not a person the page offers to follow, whom the story quotes', () => {
    expect(parseClip(page('did not provide Milo Ferrante', ['Follow Milo Ferrante'])).source).toBeNull();
  });
});

describe('the name a line asking readers to sign up gives the site', () => {
  it('leaves out the product after the name', () => {
    expect(selfReference('Sign up for The Gullcombe Courier Newsletter')).toBe('The Gullcombe Courier');
    expect(selfReference('Subscribe to Gullcombe Courier Podcasts on Example')).toBe('Gullcombe Courier');
  });
});
