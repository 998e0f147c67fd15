import { describe, expect, it } from 'vitest';
import { describeWrite } from '../../../electron/server/team/audit-entry.js';

describe('what the audit log says about a write', () => {
  it('names the ids and small arguments, and only the size of text', () => {
    expect(describeWrite({ clipIds: [4, 9], names: ['energy', 'region/north'] }, { clipIds: [4, 9] })).toEqual({
      ids: [4, 9],
      summary: 'names: "energy, region/north"',
    });
    const created = describeWrite({ text: 'A private paste '.repeat(20) }, { id: 31, title: 'x' });
    expect(created.ids).toEqual([31]);
    expect(created.summary).toBe('text: 320 characters');
    expect(created.summary).not.toContain('private');
  });
});
