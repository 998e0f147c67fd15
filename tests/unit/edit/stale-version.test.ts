import { expect, test } from 'vitest';
import { staleVersionMessage, utcMoment } from '../../../electron/shared/edit/stale-version.js';

const at = '2026-03-04T14:02:31.000Z';
const time = () => '14:02';

test('a refused save names the member who changed the row, or says it was another window or the command line', () => {
  expect(staleVersionMessage('clip', { by: 'ana', at }, 'bo', time)).toBe(
    'ana changed this clip at 14:02; your edit was not saved. Reload to see the clip as it is now, then edit again.',
  );
  expect(staleVersionMessage('collection', { by: null, at }, null, time)).toBe(
    'This collection was changed in another window or by the command line at 14:02; your edit was not saved. Reload to see the collection as it is now, then edit again.',
  );
  expect(staleVersionMessage('clip', { by: 'bo', at }, 'bo', time)).toMatch(/^You changed this clip in another window at 14:02;/);
});

test('the core writes the moment in UTC, with the day when it is not today', () => {
  expect(utcMoment(at, new Date('2026-03-04T23:59:00Z'))).toBe('14:02 UTC');
  expect(utcMoment(at, new Date('2026-03-05T00:01:00Z'))).toBe('14:02 UTC on 2026-03-04');
});
