import type { Migration } from './migration.js';

/**
 * Indexes for the list's sorts (library/list-order.ts), each starting with deleted_at so the
 * live clips are one range of it, and FTS5's secure-delete on both text indexes: without it a
 * deleted clip's words stay in the index's pages until a merge happens to rewrite them, and a
 * clip deleted for good must leave no trace in the file (PRAGMA secure_delete, set on every
 * connection, zeroes the rest). When you change an order in list-order.ts, change its index here.
 */
export const sortingAndDeletion: Migration = {
  version: 70,
  name: 'sorting-and-deletion',
  up: `
    CREATE INDEX clips_live_by_date ON clips(deleted_at, date);
    CREATE INDEX clips_live_by_source ON clips(deleted_at, source COLLATE NOCASE);
    CREATE INDEX clips_live_by_title ON clips(deleted_at, title COLLATE NOCASE);
    INSERT INTO clips_fts(clips_fts, rank) VALUES ('secure-delete', 1);
    INSERT INTO clips_cjk(clips_cjk, rank) VALUES ('secure-delete', 1);
  `,
};
