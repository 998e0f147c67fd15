import { ApiError } from '../../shared/api/errors.js';
import type { DossierSection } from '../../shared/organise/collection-sections.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { collectionForDossier } from './collection-clips.js';
import { loadDossierComparisons } from './dossier-comparisons.js';

export interface DossierSourceArgs {
  clipIds?: number[] | undefined;
  collection?: string | undefined;
  comparisonIds?: number[] | undefined;
  /** Titled runs printed after `clipIds` (the dossier builder's sub-collections). */
  sections?: DossierSection[] | undefined;
}

export interface DossierSource {
  /** Every clip to print: those in no section, then each section's. */
  clipIds: number[];
  description: string;
  comparisons: Awaited<ReturnType<typeof loadDossierComparisons>>;
  sections: DossierSection[];
}

/**
 * The clips and comparisons to print and the default introduction: a collection's, or the ids
 * given. Sections are left out, clips and all, when the spec's part is off.
 */
export async function resolveDossierSource(
  db: LibraryDatabase,
  { clipIds, collection, comparisonIds, sections }: DossierSourceArgs,
  withSections: boolean,
): Promise<DossierSource> {
  if (collection !== undefined && clipIds !== undefined) {
    throw new ApiError('bad_input', 'Give either a collection or clip ids for the dossier, not both.');
  }
  if (collection !== undefined) {
    const found = await collectionForDossier(db, collection, withSections);
    const all = [...found.clipIds, ...found.sections.flatMap((s) => s.clipIds)];
    if (!all.length) {
      throw new ApiError('bad_input', `The collection ${found.name} has no clips, so there is nothing to put in a dossier.`);
    }
    const comparisons = await loadDossierComparisons(db, { collection, comparisonIds });
    return { clipIds: all, description: found.description, comparisons, sections: found.sections };
  }
  const kept = withSections ? (sections ?? []) : [];
  return {
    clipIds: [...(clipIds ?? []), ...kept.flatMap((s) => s.clipIds)],
    description: '',
    comparisons: await loadDossierComparisons(db, { comparisonIds }),
    sections: kept,
  };
}
