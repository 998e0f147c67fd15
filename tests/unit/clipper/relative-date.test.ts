import { describe, expect, it } from 'vitest';
import { draftFromPaste } from '../../../electron/core/clipper/draft-from-paste.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { dayOf, readRelativeTime } from '../../../electron/shared/clipper/relative-date.js';

/**
 * Made-up pages pasted whole as text, their article dated only relatively. The time of reading is
 * built on the local calendar, so the expected days hold in any time zone.
 */
const READ_AT = new Date(2026, 11, 4, 20, 30);
const MENU = ['Skip to main content', 'Home', 'World', 'Business', 'Sport', 'Sign in'];
const HEADLINE = 'Harbour town votes to rebuild its old sea wall';
const STORY = [
  'The council of Wexmouth voted to rebuild the town’s crumbling sea wall, ending a dispute that had divided residents for more than a decade and delayed repairs after two winter storms.',
  'The project will cost about 14 million pounds, most of it from a regional flood fund, and work is due to start in the autumn once the fishing season has ended and the boats are out of the water.',
  'Residents who opposed the plan had argued for a cheaper repair of the existing wall, but engineers told the meeting that the old stone could not carry the weight of new defences.',
];
const MORE = ['Most read', 'Ferry timetable changes from April', 'Three new shops open on the high street'];
const FOOTER = ['About us', 'Contact', 'Privacy policy'];

function page(header: string[], after: string[] = []): string {
  return [...MENU, ...header, ...STORY, ...after, ...MORE, ...FOOTER].join('\n');
}

describe('a relative time on a line', () => {
  const read = (line: string) => {
    const t = readRelativeTime(line);
    return t && [t.amount, t.unit];
  };

  it('is read in each language', () => {
    expect(read('Published 22 hours ago')).toEqual([22, 'hour']);
    expect(read('By Ellen Marsh · 3h ago')).toEqual([3, 'hour']);
    expect(read('an hour ago')).toEqual([1, 'hour']);
    expect(read('Updated 45 minutes ago')).toEqual([45, 'minute']);
    expect(read('vor 3 Stunden')).toEqual([3, 'hour']);
    expect(read('Aktualisiert vor 2 Tagen')).toEqual([2, 'day']);
    expect(read('Publié il y a 2 heures')).toEqual([2, 'hour']);
    expect(read('il y a 3 jours')).toEqual([3, 'day']);
    expect(read('hace 5 horas')).toEqual([5, 'hour']);
    expect(read('Publicado há 2 dias')).toEqual([2, 'day']);
    expect(read('3 часа назад')).toEqual([3, 'hour']);
    expect(read('час назад')).toEqual([1, 'hour']);
    expect(read('3 години тому')).toEqual([3, 'hour']);
    expect(read('Оновлено 2 дні тому')).toEqual([2, 'day']);
    expect(read('3小时前')).toEqual([3, 'hour']);
    expect(read('发布于 两天前')).toEqual([2, 'day']);
  });

  it('reads “yesterday”, alone or with the hour, as one day back', () => {
    expect(read('Yesterday at 10:42 pm')).toEqual([1, 'day']);
    expect(read('Gestern, 18:30 Uhr')).toEqual([1, 'day']);
    expect(read('вчера в 10:42')).toEqual([1, 'day']);
    expect(read('hier à 18h30')).toEqual([1, 'day']);
    expect(read('昨天 10:42')).toEqual([1, 'day']);
  });

  it('is not found in a sentence, a lone French “hier” or a count too big to be a timestamp', () => {
    expect(read('The minister said yesterday that the harbour wall would be rebuilt before the storms of the coming winter')).toBeNull();
    expect(read('hier')).toBeNull();
    expect(read('400 hours ago')).toBeNull();
    expect(read('Chapter 3 hours')).toBeNull();
  });
});

describe('the day a relative time means', () => {
  it('counts hours back across midnight and days back on the calendar', () => {
    expect(dayOf({ written: '22 hours ago', amount: 22, unit: 'hour' }, READ_AT)).toBe('2026-12-03');
    expect(dayOf({ written: '3 hours ago', amount: 3, unit: 'hour' }, READ_AT)).toBe('2026-12-04');
    expect(dayOf({ written: '5 days ago', amount: 5, unit: 'day' }, READ_AT)).toBe('2026-11-29');
  });
});

describe('a page dated only relatively', () => {
  it('gets no date but a notice with the day it means if copied when read', () => {
    const draft = parseClip(page([HEADLINE, 'By Ellen Marsh', 'Published 22 hours ago']), { readAt: READ_AT });
    expect(draft.date).toBeNull();
    expect(draft.dateSuggestion).toEqual({ written: '22 hours ago', date: '2026-12-03' });
    expect(draft.notices).toEqual([
      'The page dates the article only as “22 hours ago”. If you copied it just now, that is 3 December 2026: set the date if so.',
    ]);
  });

  it('is read in the header of a page in each language', () => {
    const suggested = (timestamp: string) => parseClip(page([HEADLINE, timestamp]), { readAt: READ_AT }).dateSuggestion?.date;
    expect(suggested('vor 3 Stunden')).toBe('2026-12-04');
    expect(suggested('il y a 2 jours')).toBe('2026-12-02');
    expect(suggested('вчера в 10:42')).toBe('2026-12-03');
    expect(suggested('3天前')).toBe('2026-12-01');
    expect(suggested('hace 22 horas')).toBe('2026-12-03');
    expect(suggested('Publicado há 2 dias')).toBe('2026-12-02');
    expect(suggested('Оновлено 3 години тому')).toBe('2026-12-04');
    expect(suggested('Yesterday at 10:42 pm')).toBe('2026-12-03');
  });

  it('gets no notice when the relative time belongs to a comment below the story', () => {
    const draft = parseClip(page([HEADLINE, 'By Ellen Marsh'], ['Comments', 'Harbourwatcher', '3 hours ago', 'About time too.']), {
      readAt: READ_AT,
    });
    expect(draft.dateSuggestion).toBeUndefined();
    expect(draft.notices).toBeUndefined();
  });

  it('gets no notice when the page has a real date, or when no time of reading is given', () => {
    const dated = parseClip(page([HEADLINE, 'By Ellen Marsh', 'November 19, 2024', 'Updated 22 hours ago']), { readAt: READ_AT });
    expect(dated.date).toBe('2024-11-19');
    expect(dated.dateSuggestion).toBeUndefined();
    const unread = parseClip(page([HEADLINE, 'Published 22 hours ago']));
    expect(unread.dateSuggestion).toBeUndefined();
  });
});

describe('a paste read at a given time', () => {
  const html = `<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${HEADLINE}</h1><p class="meta">By Ellen Marsh</p><p class="meta">il y a 2 heures</p>${STORY.map((p) => `<p>${p}</p>`).join('')}</article><footer>About us</footer></body></html>`;

  it('offers the day its HTML header implies, counted back from the time of reading', async () => {
    const draft = await draftFromPaste({ text: page([HEADLINE, 'il y a 2 heures']), html }, { readAt: READ_AT });
    expect(draft.date).toBeNull();
    expect(draft.dateSuggestion).toEqual({ written: 'il y a 2 heures', date: '2026-12-04' });
    expect(draft.notices?.some((n) => n.includes('“il y a 2 heures”') && n.includes('4 December 2026'))).toBe(true);
  });

  it('offers nothing when read again without a time, as a stored paste is', async () => {
    const draft = await draftFromPaste({ text: page([HEADLINE, 'il y a 2 heures']), html });
    expect(draft.dateSuggestion).toBeUndefined();
  });
});

describe('a dateline that gives the day but not the year', () => {
  const story = (dateline: string) =>
    `Copper hits a record as the mine strike widens\n\nBy Daniel Okafor\n\n${dateline} - Copper prices hit a record high on Friday as a strike at the country's second-largest mine entered its second week.\n\nThe union said talks had broken down.`;

  it('offers the latest such day before the paste was read, leaving the date to the user', () => {
    const march = parseClip(story('SANTIAGO, Feb 20 (Reuters)'), { readAt: new Date(2026, 2, 5, 9) });
    expect(march.date).toBeNull();
    expect(march.dateSuggestion).toEqual({ written: 'Feb 20', date: '2026-02-20', yearless: true });
    expect(march.notices?.[0]).toContain('“Feb 20”, but no year');
    // Read in January, 20 February is last year's.
    expect(parseClip(story('SANTIAGO, Feb 20 (Reuters)'), { readAt: new Date(2026, 0, 10) }).dateSuggestion?.date).toBe('2025-02-20');
  });

  it('offers nothing when the year is given or the paste is read again later', () => {
    expect(parseClip(story('SANTIAGO, Feb 20, 2026 (Reuters)'), { readAt: new Date(2026, 2, 5) }).dateSuggestion).toBeUndefined();
    expect(parseClip(story('SANTIAGO, Feb 20 (Reuters)')).dateSuggestion).toBeUndefined();
  });
});
