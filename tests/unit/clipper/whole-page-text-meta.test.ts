import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { labelledAuthors } from '../../../electron/shared/clipper/byline.js';
import { isCommentsHeading } from '../../../electron/shared/clipper/main-span.js';
import { pageWithHeader } from './made-up-page.js';

const HEADLINE = 'Island ferry to sail twice a day from April';

describe('the byline of a whole page pasted as text', () => {
  it('is the writer its header credits, not a colleague a line under the story says contributed to it', () => {
    const text = pageWithHeader([HEADLINE, 'By Lise Marchal', 'March 3, 2026'], {
      closing: ['', 'Castle Press writer Ada Brenlow in Portree contributed to this report.'],
    });
    expect(parseClip(text).byline).toEqual(['Lise Marchal']);
  });

  it('is the contributor a line under the story names, where the header credits no writer', () => {
    const text = pageWithHeader([HEADLINE, 'March 3, 2026'], {
      closing: ['', 'Castle Press writer Ada Brenlow in Portree contributed to this report.'],
    });
    expect(parseClip(text).byline).toEqual(['Ada Brenlow']);
  });

  it('is the writer a credit names under the story’s closing picture caption, where the header credits nobody', () => {
    const text = pageWithHeader([HEADLINE, 'March 3, 2026'], {
      closing: ['', 'The harbour master at the Skerrin pier', 'Text: Lise Marchal. Photo: Paul Vernet'],
    });
    expect(parseClip(text).byline).toEqual(['Lise Marchal']);
  });

  it('is the header’s writer, not a credit under a caption below the story', () => {
    const text = pageWithHeader([HEADLINE, 'By Ada Brenlow', 'March 3, 2026'], {
      closing: ['', 'The harbour master at the Skerrin pier', 'Text: Lise Marchal. Photo: Paul Vernet'],
    });
    expect(parseClip(text).byline).toEqual(['Ada Brenlow']);
  });

  it('leaves out the outlet an aggregator names where a byline stands, above the story it credits', () => {
    const text = pageWithHeader(
      ['Heron Review · 14 Aug 2026 · Follow', HEADLINE, 'Story by Lise Marchal', 'A heron over the estuary. © Heron Review'],
      {
        closing: ['', 'This story originally appeared on Heron Review.'],
      },
    );
    const draft = parseClip(text);
    expect([draft.byline, draft.source]).toEqual([['Lise Marchal'], 'Heron Review']);
  });

  it('is the writer of a newsletter of her own, whose name heads it and owns its copyright', () => {
    const text = pageWithHeader(['Ada Brenlow', HEADLINE, 'By Ada Brenlow'], {
      closing: ['', '© 2026 Ada Brenlow'],
    });
    expect(parseClip(text).byline).toEqual(['Ada Brenlow']);
  });

  it('is the name closing the timestamp line after its count of views', () => {
    const text = pageWithHeader([HEADLINE, '14 March 2026, 10:40 👁 4 812 Lise Marchal']);
    const draft = parseClip(text);
    expect([draft.byline, draft.date]).toEqual([['Lise Marchal'], '2026-03-14']);
  });

  it('is the reporter a Chinese header line credits as its own paper’s, among its other labels', () => {
    const text = pageWithHeader([HEADLINE, '2026-03-14 08:15 来源：滨海日报 本报记者 林雨桐 字号：大 中 小']);
    expect(parseClip(text).byline).toEqual(['林雨桐']);
  });

  it('leaves out the photographer a caption credits as its own paper’s reporter', () => {
    expect(labelledAuthors('3月14日，乘客在码头候船。 本报记者 钟晓岑 摄')).toEqual([]);
  });

  it('leaves out the photographer credited with the outlet under the writers’ credit and its timestamp', () => {
    const text = pageWithHeader([
      HEADLINE,
      'Lise Marchal and Paul Vernet, News Editors',
      'March 14, 2026',
      'Ada Brenlow | The Skerrin Herald',
    ]);
    const draft = parseClip(text);
    expect([draft.byline, draft.source]).toEqual([['Lise Marchal', 'Paul Vernet'], 'The Skerrin Herald']);
  });

  it('is the writer and the date of a header line the copy glues to the helper’s credit between them', () => {
    const draft = parseClip(pageWithHeader([HEADLINE, 'By Lise MarchalWith reporting by Ada Brenlow14 March 2026']));
    expect([draft.byline, draft.date]).toEqual([['Lise Marchal'], '2026-03-14']);
  });
});

describe('the heading of a page’s readers’ comments', () => {
  it('is a count of comments, with or without a colon after it', () => {
    expect(['4 comments', '4 comments:', 'Kommentare (3):', '12 коментарів:'].map(isCommentsHeading)).toEqual([true, true, true, true]);
    expect(isCommentsHeading('Comments: the council will reply next week')).toBe(false);
  });
});

describe('the source of a whole page pasted as text', () => {
  const footer = ['About us', 'Contact', 'Privacy'];

  it('is the logo’s name glued to the menu, which the footer opens a line on', () => {
    const text = pageWithHeader(['KestrelcheckClaimsExplainersSend us a tip', HEADLINE, 'By Lise Marchal'], {
      closing: ['', ...footer, 'Kestrelcheck · Independent checking of claims since 2019 · Corrections'],
    });
    expect(parseClip(text).source).toBe('Kestrelcheck');
  });

  it('is the name the page glues to its tagline and offers to send to readers', () => {
    const text = pageWithHeader(['The SoundingNews and analysis for harbour pilots', HEADLINE, 'By Lise Marchal'], {
      closing: ['', 'Subscribe', 'Get The Sounding in your inbox every weekday morning.'],
    });
    expect(parseClip(text).source).toBe('The Sounding');
  });

  it('is not a book the page’s furniture tells readers they can get', () => {
    const text = pageWithHeader(['Harbour Notes Handbook', HEADLINE, 'By Lise Marchal'], {
      closing: ['', 'You can get Harbour Notes Handbook for well under ten pounds.'],
    });
    expect(parseClip(text).source).toBeNull();
  });

  it('is not an outlet the story’s list of cited sources names', () => {
    const text = pageWithHeader(['KestrelcheckClaimsExplainers', HEADLINE, 'By Lise Marchal'], {
      closing: ['', 'Sources', 'Aldmoor Evening Courier, 19 October 2020', 'Kestrelcheck is a member of the Fact Checkers Network.'],
    });
    expect(parseClip(text).source).toBe('Kestrelcheck');
  });
});

describe('the name heading a whole page over its tagline', () => {
  const tagline = 'Restoring an old ferry, one plank at a time';

  it('is the source of a page that names itself nowhere else', () => {
    const text = ['Harbour Notes', tagline, pageWithHeader([HEADLINE, 'By Lise Marchal', 'March 14, 2026'])].join('\n');
    expect(parseClip(text).source).toBe('Harbour Notes');
  });

  it('is not a single word, which a menu item may be', () => {
    const text = ['Topics', tagline, pageWithHeader([HEADLINE, 'By Lise Marchal', 'March 14, 2026'])].join('\n');
    expect(parseClip(text).source).toBeNull();
  });
});
