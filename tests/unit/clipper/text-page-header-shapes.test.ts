import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { pageWithHeader as page } from './made-up-page.js';

const HEADLINE = 'Island ferry to sail twice a day from April';

describe('the header of a page pasted whole as text', () => {
  it('reads a name run into the logo the page prints alone as the byline and its outlet, not the headline', () => {
    const draft = parseClip(
      page([
        'Skerrin Island Courier',
        'Subscribe now',
        'SCORES',
        'FERRIES',
        HEADLINE,
        'Mora Lindqvist Skerrin Island Courier',
        'March 4, 2024',
      ]),
    );
    expect(draft.title).toBe(HEADLINE);
    expect(draft.byline).toEqual(['Mora Lindqvist']);
    expect(draft.source).toBe('Skerrin Island Courier');
  });

  it('takes no role the author’s box prints alone for the outlet', () => {
    const draft = parseClip(page([HEADLINE, 'Mora Lindqvist Harbour Reporter', 'March 4, 2024'], { closing: ['Harbour Reporter'] }));
    expect(draft.byline).toEqual(['Mora Lindqvist']);
    expect(draft.source).not.toBe('Harbour Reporter');
  });

  it('never takes a caption closing on its photographer’s name for the headline', () => {
    const draft = parseClip(
      page([
        HEADLINE,
        'The harbour board voted on Tuesday after two years of argument. The extra sailing starts on the first of April.',
        'The morning boat leaves the island pier in the dark, as it did on Monday. Ilse Marrow',
        'By Mora Lindqvist',
        'March 4, 2024',
      ]),
    );
    expect(draft.title).toBe(HEADLINE);
  });

  it('keeps a headline whose last words follow an abbreviation', () => {
    const headline = 'New ferries and electric buses headline the St. Skerrin Boat Show';
    const draft = parseClip(page([headline, 'By Mora Lindqvist', 'March 4, 2024']));
    expect(draft.title).toBe(headline);
  });

  it('takes the headline printed alone over a breadcrumb that ends on it cut short', () => {
    const full = `${HEADLINE}: islanders welcome the second crossing`;
    const draft = parseClip(
      page(['Home / Travel / Island ferry to sail twice a day from April', full, 'By Mora Lindqvist', 'March 4, 2024']),
    );
    expect(draft.title).toBe(full);
  });

  it('takes a live page’s headline over the first of its key events, which heads its first entry', () => {
    const draft = parseClip(
      page(
        [
          'LIVE',
          'Ferry strike live: crossings cancelled as talks break down',
          'Mora Lindqvist and Ivo Brandt',
          'Tue 4 Mar 2024 09.12 GMT',
          'Key events',
          'Union calls off the evening sailing',
          'Board offers new talks on Thursday',
          'Islanders queue for the lifeboat shuttle',
          '16.52 GMT',
          'Union calls off the evening sailing',
        ],
        { inside: ['', '16.20 GMT', 'Board offers new talks on Thursday', '', '15.47 GMT', 'Islanders queue for the lifeboat shuttle'] },
      ),
    );
    expect(draft.title).toBe('Ferry strike live: crossings cancelled as talks break down');
    expect(draft.byline).toEqual(['Mora Lindqvist', 'Ivo Brandt']);
  });

  it('never takes the site’s name the footer prints again for the headline, nor a headline under it for its standfirst', () => {
    const draft = parseClip(page(['The Skerrin Evening Courier', HEADLINE], { closing: ['', 'The Skerrin Evening Courier'] }));
    expect(draft.title).toBe(HEADLINE);
  });

  it('never takes a short German caption closing on its photographer for the headline', () => {
    const draft = parseClip(page([HEADLINE, 'Der Fähranleger am Donnerstagmorgen. Ilse Marrow', 'Von Erika Muster', '04.03.2024']));
    expect(draft.title).toBe(HEADLINE);
  });
});
