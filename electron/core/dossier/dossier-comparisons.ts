import { ApiError } from '../../shared/api/errors.js';
import { compareDrafts } from '../../shared/compare/compare-drafts.js';
import type { Clip } from '../../shared/models/clip.js';
import type { Comparison } from '../../shared/models/comparison.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { getClip } from '../library/clips.repo.js';
import { findCollectionByName } from '../library/collections.repo.js';
import { getComparison, listComparisons } from '../library/comparisons.repo.js';

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

/** Where a dossier's comparisons come from: the ids given, else the collection's own, else none. */
export interface ComparisonSource {
  collection?: string | undefined;
  comparisonIds?: readonly number[] | undefined;
}

/**
 * The comparisons to print, in order. They are compared afresh, so a clip edited since the
 * comparison was kept prints as it reads now. A collection's pairs with a clip in the trash are
 * left out, as its list leaves them out; one asked for by id is refused instead, as clips are.
 */
export async function loadDossierComparisons(
  db: LibraryDatabase,
  { collection, comparisonIds }: ComparisonSource,
): Promise<PrintedComparison[]> {
  const saved = comparisonIds
    ? await Promise.all([...new Set(comparisonIds)].map((id) => getComparison(db, id)))
    : collection !== undefined
      ? await listComparisons(db, (await findCollectionByName(db, collection)).id)
      : [];
  const printed: PrintedComparison[] = [];
  for (const [i, comparison] of saved.entries()) {
    const a = await liveClip(db, comparison.a.id, comparison.title);
    const b = await liveClip(db, comparison.b.id, comparison.title);
    printed.push({ no: i + 1, id: `comparison-${i + 1}`, title: comparison.title, a, b, comparison: compareDrafts(a, b) });
  }
  return printed;
}

async function liveClip(db: LibraryDatabase, id: number, title: string): Promise<Clip> {
  const clip = await getClip(db, id);
  if (!clip) throw new ApiError('not_found', `The comparison “${title}” cannot be printed: its clip ${id} was deleted for good.`);
  if (clip.deletedAt)
    throw new ApiError(
      'bad_input',
      `The comparison “${title}” cannot be printed: clip ${id} is in the trash. Restore it or leave the comparison out.`,
    );
  return clip;
}
