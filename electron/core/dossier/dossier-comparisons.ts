import { compareDrafts } from '../../shared/compare/compare-drafts.js';
import type { Clip } from '../../shared/models/clip.js';
import type { Comparison } from '../../shared/models/comparison.js';
import type { Db } from '../db/open-library.js';
import { getClip } from '../library/clips.repo.js';
import { findCollectionByName } from '../library/collections.repo.js';
import { listComparisons } from '../library/comparisons.repo.js';

/** A saved comparison, ready to print: both clips and their comparison, made again at print time. */
export interface PrintedComparison {
  no: number;
  /** The element id of its heading: what the contents links to. */
  id: string;
  title: string;
  a: Clip;
  b: Clip;
  comparison: Comparison;
}

/**
 * The comparisons a collection holds, in its order. They are compared afresh, so a clip edited
 * since the comparison was kept prints as it reads now; pairs with a clip in the trash are left out.
 */
export function loadDossierComparisons(db: Db, collectionNameOrPath: string): PrintedComparison[] {
  const collection = findCollectionByName(db, collectionNameOrPath);
  return listComparisons(db, collection.id).flatMap((saved) => {
    const a = getClip(db, saved.a.id);
    const b = getClip(db, saved.b.id);
    if (!a || !b) return [];
    return [{ no: 0, id: '', title: saved.title, a, b, comparison: compareDrafts(a, b) }];
  }).map((c, i) => ({ ...c, no: i + 1, id: `comparison-${i + 1}` }));
}
