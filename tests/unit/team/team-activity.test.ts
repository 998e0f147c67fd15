import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../electron/shared/api/method-names.js';
import { isWrite } from '../../../electron/shared/api/roles.js';
import { activityClipIds, activityObject, describeActivity } from '../../../electron/shared/models/team-activity.js';

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

describe('what the activity view says a change touched', () => {
  it('names a clip by its title, and by its number when it has none', () => {
    expect(activityObject({ method: 'clips.update', ids: [7], clipTitle: 'Ferry timetable cut' })).toBe('“Ferry timetable cut”');
    expect(activityObject({ method: 'clips.update', ids: [7], clipTitle: null })).toBe('clip 7');
    expect(activityObject({ method: 'tags.apply', ids: [7, 8, 9], clipTitle: 'Ferry timetable cut' })).toBe(
      '3 clips, “Ferry timetable cut” and 2 others',
    );
    expect(activityObject({ method: 'collections.addClips', ids: [7], clipTitle: null })).toBe('');
  });
});
