import { describe, expect, it } from 'vitest';
import { describeWrite } from '../../../electron/server/team/audit-entry.js';

describe('what the audit log says about a write', () => {
  it('names the ids and small arguments, and only the size of text', () => {
    expect(describeWrite({ clipIds: [4, 9], names: ['energy', 'region/north'] }, { clipIds: [4, 9] })).toEqual({
      ids: [4, 9],
      summary: 'names: "energy, region/north"',
    });
    const created = describeWrite({ text: 'A private paste '.repeat(20), draft: { title: 'x', people: [] } }, { id: 31, title: 'x' });
    expect(created.ids).toEqual([31]);
    expect(created.summary).toBe('text: 320 characters');
    expect(created.summary).not.toContain('private');
  });

  it('names the clips a change found itself, from its answer, and only the size of what undoes it', () => {
    const renamed = describeWrite(
      { kind: 'person', name: 'Josh Apte', newName: 'Joshua Apte' },
      { clipIds: [3, 8], merged: true, undo: [] },
    );
    expect(renamed).toEqual({ ids: [3, 8], summary: 'kind: "person"; name: "Josh Apte"; newName: "Joshua Apte"' });
    expect(describeWrite({ undo: [{ clipId: 3 }, { clipId: 8 }] }, { clipIds: [3] })).toEqual({ ids: [3], summary: 'undo: 2 item(s)' });
  });

  it('names the fields an edit changed, not their values, and leaves out the version it was made against', () => {
    expect(describeWrite({ id: 5, fields: { title: 'A secret headline', source: 'Ledger' }, version: 3 }, { id: 5 })).toEqual({
      ids: [5],
      summary: 'fields: title, source',
    });
  });
});
