import { describe, expect, it } from 'vitest';
import { keptWhole, readPaste } from '../../../electron/shared/clipper/read-paste.js';
import { parseClip } from '../../../electron/shared/clipper/parse-clip.js';

const PASTE = 'Ferry returns to the island\r\n\r\nBy Ann Lee\n\nThe ferry   sails again from Monday, the operator said.\n';

describe('reading a paste', () => {
  it('is the clipper’s reading when the clipper reads it', () => {
    expect(readPaste(PASTE)).toEqual(parseClip(PASTE));
  });

  it('keeps the text whole, fields empty and the review told why, when a reader fails', () => {
    const draft = keptWhole(PASTE, new Error('a reader broke'));
    expect(draft.paragraphs).toEqual([
      'Ferry returns to the island',
      'By Ann Lee',
      'The ferry sails again from Monday, the operator said.',
    ]);
    expect([draft.title, draft.date, draft.source, draft.byline, draft.people, draft.quotes]).toEqual([null, null, null, [], [], []]);
    expect(draft.language).toBe('en');
    expect(draft.wordCount).toBe(17);
    expect(draft.notices).toEqual([
      expect.stringContaining('could not read this article’s headline, date, names and quotes (its reader failed: a reader broke)'),
    ]);
  });
});
