import type { ApiHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { Db } from '../db/open-library.js';
import { buildDossierHtml } from '../dossier/build-dossier-html.js';
import { collectionForDossier } from '../dossier/collection-clips.js';
import { loadDossierClips } from '../dossier/dossier-clips.js';
import { loadDossierComparisons } from '../dossier/dossier-comparisons.js';
import { cancelJob, jobProgress, oneAtATime, startJob } from '../dossier/dossier-jobs.js';
import { exportDossier } from '../dossier/export-dossier.js';
import { currentPdfRenderer } from '../dossier/renderer-choice.js';
import { deleteSavedDossier, listSavedDossiers, saveDossier } from '../dossier/saved-dossiers.js';

interface Source {
  clipIds?: number[] | undefined;
  collection?: string | undefined;
  comparisonIds?: number[] | undefined;
}

export function dossierHandlers(db: Db) {
  /** The clips to print and the default introduction: a collection's, or the ids given. */
  const resolveSource = ({ clipIds, collection, comparisonIds }: Source) => {
    if (collection !== undefined && clipIds !== undefined) {
      throw new ApiError('bad_input', 'Give either a collection or clip ids for the dossier, not both.');
    }
    if (collection !== undefined) {
      const found = collectionForDossier(db, collection);
      if (!found.clipIds.length) {
        throw new ApiError('bad_input', `The collection ${found.name} has no clips, so there is nothing to put in a dossier.`);
      }
      return { ...found, comparisons: loadDossierComparisons(db, { collection, comparisonIds }) };
    }
    return { clipIds: clipIds ?? [], description: '', comparisons: loadDossierComparisons(db, { comparisonIds }) };
  };

  return {
    'dossier.export': async ({ clipIds, collection, comparisonIds, spec, outPath, format, jobId }) => {
      const source = resolveSource({ clipIds, collection, comparisonIds });
      const job = startJob(jobId);
      try {
        return await oneAtATime(() =>
          exportDossier(
            db,
            { clipIds: source.clipIds, spec: { ...spec, introduction: spec.introduction || source.description }, outPath, format, comparisons: source.comparisons },
            { renderer: currentPdfRenderer(), onProgress: job.report, signal: job.signal },
          ),
        );
      } finally {
        job.finish();
      }
    },

    'dossier.cancel': ({ jobId }) => ({ cancelled: cancelJob(jobId) }),

    'dossier.progress': ({ jobId }) => jobProgress(jobId),

    'dossier.preview': ({ clipIds, collection, comparisonIds, spec, paginate }) => {
      const source = resolveSource({ clipIds, collection, comparisonIds });
      if (!source.clipIds.length) throw new ApiError('bad_input', 'The dossier has no clips yet. Choose some clips or a collection.');
      const clips = loadDossierClips(db, source.clipIds);
      return { html: buildDossierHtml(clips, { ...spec, introduction: spec.introduction || source.description }, { paginate, comparisons: source.comparisons }) };
    },

    'dossier.saved.list': () => listSavedDossiers(db),

    'dossier.saved.save': ({ id, ...fields }) => {
      if (fields.collection !== null && fields.clipIds !== null) {
        throw new ApiError('bad_input', 'A saved dossier takes its clips from a collection or from a list of clips, not both.');
      }
      return db.transaction(() => saveDossier(db, id ?? null, fields, new Date().toISOString())).immediate();
    },

    'dossier.saved.delete': ({ id }) => db.transaction(() => deleteSavedDossier(db, id)).immediate(),
  } satisfies Partial<ApiHandlers>;
}
