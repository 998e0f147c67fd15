import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../electron/shared/clipper/dateline.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

describe('a forwarder’s note above the story', () => {
  it('is never read as a dateline', () => {
    expect(readDateline('FYI - worth a look before the call. M.')).toBeNull();
    expect(readDateline('BTW - the figures are in the third paragraph.')).toBeNull();
    expect(readDateline('GDANSK, Poland - Dock workers walked out on Monday.')?.place).toBe('GDANSK, Poland');
  });

  it('leaves the story’s own dateline to be found', () => {
    const draft = parseClip(
      'Begin forwarded message:\n\nFrom: Lena Ortiz <lena@example.net>\nSubject: Fwd: dock strike\nDate: 2 May 2026 at 09:10:00 BST\nTo: Desk <desk@example.net>\n\nFYI - worth a look before the call. L.\n\nDock workers strike over night shifts in Gdansk\nBy Piotr Nowicki\nMay 1, 2026\n\nGDANSK, Poland - Several hundred dock workers walked out on Friday over new night-shift rotas.\n\n"We were never asked," said crane operator Ewa Malinowska.\n\nSent from my phone',
    );
    expect(draft.dateline).toBe('GDANSK, Poland');
  });
});

describe('a forwarder’s greeting to colleagues above the story', () => {
  it('is no headline', () => {
    const draft = parseClip(
      [
        '---------- Forwarded message ---------',
        'From: Lena Ortiz <lena@example.org>',
        'Date: Mon, Jun 16, 2025 at 9:41 AM',
        'Subject: ferry story for the briefing',
        'To: Policy Team <policy@example.org>',
        '',
        'Hi all, flagging this one for Thursday. Lena',
        '',
        'Ferry operator cuts winter sailings to the islands',
        '',
        'By Piotr Nowicki',
        'Published: 14 June 2025',
        '',
        'The island ferry will run one return sailing a day instead of three from November, the company said on Friday.',
        '',
        'The council said it would ask the transport agency to review the decision before the winter timetable starts.',
        '',
        '--',
        'Lena Ortiz',
        'Senior Policy Adviser',
      ].join('\n'),
    );
    expect(draft.title).toBe('Ferry operator cuts winter sailings to the islands');
  });
});

describe('a headline that opens on a common noun before a body’s kind', () => {
  it('names no organisation by its first word', () => {
    const draft = parseClip(
      'Boat operator cuts winter sailings to the islands\n\nBy Piotr Nowicki\n\nIsland Ferries will run one return sailing a day instead of three from November, the company said on Friday.',
    );
    expect(draft.organizations).toEqual(['Island Ferries']);
  });
});
