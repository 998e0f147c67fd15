import type { Migration } from './migration.js';

/**
 * Who saved each clip, as the library names its members: in a team library the member signed in,
 * in a personal one nobody (the library is one person's). Clips saved before stay unnamed; the
 * team's audit log still says who clipped them. Numbered as the team library's step, which
 * follows its own 0100–0160.
 */
export const clippedBy: Migration = {
  version: 170,
  name: 'clipped-by',
  up: `ALTER TABLE clips ADD COLUMN clipped_by TEXT;`,
};
