import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { readDateline } from '../../../electron/shared/clipper/dateline.js';

/** A made-up county paper's page pasted whole as text, around the header lines and first paragraph a test gives. */
const MENU = ['Skip to content', 'Menu', 'Search', 'News', 'Local', 'Sports', 'Business', 'Opinion', 'Weather', 'Sign In'];
const HEADLINE = 'County opens a second cooling centre as the heat wave lingers';
const REST = [
  'The centre in the old armory will stay open until nine each evening, officials said, and buses on the two busiest routes will stop outside it for as long as the heat lasts.',
  'Nurses from the county clinic will check on older visitors, and volunteers will hand out water at the door, said Priya Lomax, who runs the county’s emergency office.',
  'Forecasters expect temperatures above ninety degrees through the weekend, with only a little relief on Monday when a front is due to cross the valley.',
];
const FOOTER = ['Most Read', 'Library extends its weekend opening hours', 'About Us', 'Privacy Policy', '© 2024 Valley Media Group'];
const FIRST =
  'The county opened a second cooling centre on Tuesday as the heat wave that has gripped the valley for a week showed no sign of breaking before the weekend.';

const page = (header: readonly string[], first = FIRST) => [...MENU, HEADLINE, ...header, first, ...REST, ...FOOTER].join('\n');

describe('the date of a page whose header line says more than a timestamp', () => {
  it('is the published date of a long line that credits, publishes and updates the story', () => {
    const clip = parseClip(
      page(['Dora Whitcombe, Valley Sentinel Published 6:00 a.m. ET July 9, 2024 | Updated 8:37 a.m. ET July 10, 2024']),
    );
    expect(clip.date).toBe('2024-07-09');
  });
});

describe('a dateline whose marker holds a date', () => {
  it('dates the story by the date in brackets, and names no agency', () => {
    const clip = parseClip(page(['By Dora Whitcombe'], `MILLBROOK (July 9, 2024) — ${FIRST}`));
    expect(clip.date).toBe('2024-07-09');
    expect(clip.source).toBeNull();
  });

  it('names no agency after a month’s name', () => {
    expect(readDateline(`MILLBROOK — Jan. 9, 2024 — ${FIRST}`)?.agency ?? null).toBeNull();
  });
});
