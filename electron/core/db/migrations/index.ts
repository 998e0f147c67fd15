import type { Migration } from './migration.js';
import { init } from './0010-init.js';
import { cjkSearch } from './0020-cjk-search.js';
import { ftsRank } from './0030-fts-rank.js';
import { savedComparisons } from './0040-saved-comparisons.js';
import { wordForms } from './0050-word-forms.js';
import { clipEdits } from './0060-clip-edits.js';
import { sortingAndDeletion } from './0070-sorting-and-deletion.js';
import { rowVersions } from './0080-row-versions.js';
import { clipVersions } from './0090-clip-versions.js';
import { clippedBy } from './0170-clipped-by.js';

/** Every migration, in order. Forward-only: a shipped migration is never edited, only followed. */
export const migrations: readonly Migration[] = [
  init,
  cjkSearch,
  ftsRank,
  savedComparisons,
  wordForms,
  clipEdits,
  sortingAndDeletion,
  rowVersions,
  clipVersions,
  clippedBy,
];

export const latestVersion = migrations[migrations.length - 1]!.version;
