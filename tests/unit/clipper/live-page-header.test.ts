import { describe, expect, it } from 'vitest';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';
import { readBylineLine } from '../../../electron/shared/clipper/byline.js';

/** A made-up live page pasted as text: each entry has its time, its heading and its text. */
const ENTRIES = [
  [
    '40 minutes ago',
    'Ferries resume on the northern route',
    'The first ferry since the morning left Dunmere pier at noon with about 200 passengers on board, the operator said, after the wind dropped below the safety limit for the crossing.',
    'Later sailings are expected to run to the normal timetable, although the operator warned that cars booked on cancelled crossings would be carried first.',
  ],
  [
    '1 hour ago',
    'Schools to reopen on Thursday',
    'All but three schools on the island will reopen on Thursday, the education office said, once engineers have checked the roofs that lost slates during the night.',
    'Parents of pupils at the three schools that stay shut will be told by text message when classes can restart.',
  ],
  [
    '2 hours ago',
    'Power back for most homes',
    'Engineers have reconnected nearly every home that lost power overnight, leaving about 400 properties on the western shore still waiting for supply to return.',
    'The network company said generators had been sent to the two villages where repairs would take longest.',
  ],
];

function livePage(keyEvents: boolean): string {
  return [
    'Accept cookies',
    'Home News Sport Weather Travel Jobs',
    'LIVE',
    'Island storm live: ferries return as winds ease after a night of damage',
    'Follow our live coverage as the island counts the cost of the strongest storm in a decade.',
    'By Morag Lennie, Chief Reporter, and Euan Brodie, Political Editor',
    'Published 9 March 2026',
    ...(keyEvents ? ['Key events', 'Schools to reopen on Thursday', 'Power back for most homes'] : []),
    // A browser's copy sets blank lines around each paragraph.
    ...ENTRIES.flatMap(([time, heading, ...text]) => [time, heading, ...text.flatMap((p) => ['', p, ''])]),
    'Most read',
    'Harbour fees to rise in April',
    'New doctor for the island practice',
    '© Island Times Ltd 2026',
  ].join('\n');
}

describe('the headline of a live page pasted as text', () => {
  it('is not one of the key moments it links to its body', () => {
    expect(parseClip(livePage(true)).title).toBe('Island storm live: ferries return as winds ease after a night of damage');
  });

  it('is not the heading of its first entry, under the entry’s time', () => {
    expect(parseClip(livePage(false)).title).toBe('Island storm live: ferries return as winds ease after a night of damage');
  });
});

describe('the body of a live page pasted as text', () => {
  it('leaves out each entry’s relative time and its share bar', () => {
    const text = livePage(false).replace(/^(\d+ (?:minutes?|hours?) ago)$/gmu, 'Share Copy link\n$1');
    const paragraphs = parseClip(text).paragraphs;
    expect(paragraphs.filter((p) => /ago$|^Share/u.test(p))).toEqual([]);
    expect(paragraphs).toContain(ENTRIES[2]![3]);
  });
});

describe('the newest entries of a live page pasted as text', () => {
  it('are kept though they are shorter than the older entries under them', () => {
    const newest = [
      [
        '11:40 a.m.',
        'Ferry booking line reopens',
        'The ferry operator has reopened its booking line after a morning outage and says drivers with cancelled crossings will be called back.',
      ],
      [
        '11:05 a.m.',
        'Harbour wall inspected',
        'Engineers have begun checking the harbour wall at Dunmere, where the storm moved two of the large concrete blocks at its foot.',
      ],
    ];
    const older = ENTRIES.map(([, heading, ...text], k) => [`${10 - k}:15 a.m.`, heading, ...text]);
    const text = [
      'Home News Sport Weather Travel Jobs',
      'LIVE',
      'Island storm live: ferries return as winds ease after a night of damage',
      'Published 9 March 2026',
      'Refresh for latest updates',
      ...[...newest, ...older].flatMap(([time, heading, ...paragraphs]) => [time, heading, ...paragraphs.flatMap((p) => ['', p, ''])]),
      'Most read',
      'Harbour fees to rise in April',
      '© Island Times Ltd 2026',
    ].join('\n');
    const draft = parseClip(text);
    expect(draft.paragraphs).toContain(newest[0]![2]);
    expect(draft.paragraphs).toContain('Harbour wall inspected');
    expect(draft.paragraphs).not.toContain('Refresh for latest updates');
  });
});

describe('a byline that gives each writer’s job', () => {
  it('reads the names, not the jobs, in any of the languages', () => {
    expect(readBylineLine('By Morag Lennie, Chief Reporter, and Euan Brodie, Political Editor')?.names).toEqual([
      'Morag Lennie',
      'Euan Brodie',
    ]);
    expect(readBylineLine('Von Henrike Solms, Redakteurin Wirtschaft')?.names).toEqual(['Henrike Solms']);
    expect(readBylineLine('Ein Beitrag von Jannik Obermaier, Volontär')?.names).toEqual(['Jannik Obermaier']);
    expect(readBylineLine('Words: Ottilie Marsh, Features Editor | Pictures: Ben Cole')?.names).toEqual(['Ottilie Marsh']);
  });

  it('does not read a sentence about words as a credit', () => {
    expect(readBylineLine('Words matter more than they used to')).toBeNull();
  });

  it('lists each writer a Chinese credit names after its own credit word', () => {
    expect(readBylineLine('记者 周明远 通讯员 郑小禾')?.names).toEqual(['周明远', '郑小禾']);
  });
});
