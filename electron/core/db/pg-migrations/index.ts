import type { PgMigration } from './migration.js';
import { init } from './0010-init.js';
import { cjkSearch } from './0020-cjk-search.js';
import { ftsRank } from './0030-fts-rank.js';
import { savedComparisons } from './0040-saved-comparisons.js';
import { clipEdits } from './0060-clip-edits.js';
import { sortingAndDeletion } from './0070-sorting-and-deletion.js';
import { rowVersions } from './0080-row-versions.js';
import { clipVersions } from './0090-clip-versions.js';
import { teamAccounts } from './0100-team-accounts.js';
import { searchSpeed } from './0110-search-speed.js';
import { wordPairs } from './0120-word-pairs.js';
import { ascendingLists } from './0130-ascending-lists.js';
import { pendingIndexEntries } from './0140-pending-index-entries.js';
import { lz4Compression } from './0150-lz4-compression.js';
import { unknownPairs } from './0160-unknown-pairs.js';
import { clippedBy } from './0170-clipped-by.js';

/**
 * Every migration of a team library, in order, numbered as the SQLite step each mirrors. The
 * SQLite library's 0050 (word forms in the index) has none: the PostgreSQL document holds them
 * from 0010 on. From 0100 on are the team server's own tables (accounts, sessions, audit log), and
 * from 0110 steps of the team library alone; from 0170 on, steps of both again.
 * Forward-only: a shipped migration is never edited, only followed.
 */
export const pgMigrations: readonly PgMigration[] = [
  init,
  cjkSearch,
  ftsRank,
  savedComparisons,
  clipEdits,
  sortingAndDeletion,
  rowVersions,
  clipVersions,
  teamAccounts,
  searchSpeed,
  wordPairs,
  ascendingLists,
  pendingIndexEntries,
  lz4Compression,
  unknownPairs,
  clippedBy,
];
