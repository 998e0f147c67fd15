import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

// A made-up local paper's page as a browser copies it whole: each of its menu's items, its
// headline, its byline and its date ends a block of the markup, so each is a line of its own.
const PAGE = [
  'Harbour Gazette',
  'Home',
  'News',
  'Sport',
  'Business',
  'Contact us',
  'newsletters',
  'Sign in',
  '',
  'Local news',
  '4 March 2025 9:02 AM ET',
  'Harbour wall to be rebuilt after winter storms',
  'By Jane Roe',
  'harbourgazette.example',
  '',
  'The town council agreed on Tuesday to rebuild the harbour wall that the winter storms breached in three places, after fishermen warned that the moorings behind it would not last another season.',
  '',
  'Work is to start in May and will take about a year, the council said, with the quay closed to cars while the contractors are on site and the fish market moved to the old ferry terminal.',
  '',
  '"We have patched this wall for twenty years, and the sea has won every time," said the harbour master, Tom Pell, who had asked the council for the money since the first breach.',
  '',
  'The county will pay half of the cost, and the rest is to come from the harbour dues, which rise by a tenth from next month for every boat that moors in the inner basin.',
  '',
  'More from Local news',
  'Ferry timetable changes for the summer',
  'New lifeboat station opens',
  'Privacy policy',
  'Terms of use',
  '© 2025 Harbour Gazette',
].join('\n');

describe('a whole page pasted as text', () => {
  it('keeps its menu, its headline, its byline and its date on lines of their own', () => {
    const draft = parseClip(PAGE);
    expect(draft.title).toBe('Harbour wall to be rebuilt after winter storms');
    expect(draft.byline).toEqual(['Jane Roe']);
    expect(draft.date).toBe('2025-03-04');
    expect(draft.cruft).toEqual(expect.arrayContaining(['Contact us', 'newsletters']));
    expect(draft.paragraphs).toHaveLength(4);
  });
});
