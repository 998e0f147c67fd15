import type { ApiHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { Db } from '../db/open-library.js';
import { buildDossierHtml } from '../dossier/build-dossier-html.js';
import { resolveDossierSource, type DossierSourceArgs } from '../dossier/dossier-source.js';
import { loadDossierClips } from '../dossier/dossier-clips.js';
import { cancelJob, jobProgress, oneAtATime, startJob } from '../dossier/dossier-jobs.js';
import { exportDossier } from '../dossier/export-dossier.js';
import { currentPdfRenderer } from '../dossier/renderer-choice.js';
import { deleteSavedDossier, listSavedDossiers, saveDossier } from '../dossier/saved-dossiers.js';

export function dossierHandlers(db: Db) {
  const resolveSource = (source: DossierSourceArgs) => resolveDossierSource(db, source);

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
