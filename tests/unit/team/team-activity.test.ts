import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../electron/shared/api/method-names.js';
import { isWrite } from '../../../electron/shared/api/roles.js';
import { activityClipIds, describeActivity } from '../../../electron/shared/models/team-activity.js';

describe('the activity view’s words for a change', () => {
  it('has words for every method the audit log records', () => {
    const unnamed = METHOD_NAMES.filter((m) => isWrite(m) && describeActivity(m) === m);
    expect(unnamed).toEqual([]);
  });

  it('offers to open clips only where the ids are clips', () => {
    expect(activityClipIds({ method: 'tags.apply', ids: [4, 9] })).toEqual([4, 9]);
    expect(activityClipIds({ method: 'collections.addClips', ids: [2, 4] })).toEqual([]);
    expect(describeActivity('team.user.add')).toBe('added a member');
  });
});
