import type { NamespaceHandlers } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { buildDossierHtml } from '../dossier/build-dossier-html.js';
import { resolveDossierSource, type DossierSourceArgs } from '../dossier/dossier-source.js';
import { loadDossierClips } from '../dossier/dossier-clips.js';
import { exportDossier } from '../dossier/export-dossier.js';
import { RenderCancelled } from '../dossier/pdf-renderer.js';
import { renderDossier } from '../dossier/render-dossier.js';
import { deleteSavedDossier, listSavedDossiers, saveDossier } from '../dossier/saved-dossiers.js';
import { offerDossier, offerLibraryExport } from '../transfer/offer-download.js';
import type { LibraryContext } from './handler-context.js';
import { withIntroduction, type DossierSpec } from '../../shared/models/dossier.js';

/** Dossiers from the library, whichever engine holds it; printing a PDF needs only the core's renderer. */
export function dossierHandlers(context: LibraryContext) {
  const { library, jobs, oneRenderAtATime } = context;
  const resolveSource = (source: DossierSourceArgs, spec: DossierSpec) => resolveDossierSource(library, source, spec.parts.sections);

  return {
    'dossier.export': async ({ clipIds, collection, comparisonIds, sections, spec, outPath, format, jobId }) => {
      const source = await resolveSource({ clipIds, collection, comparisonIds, sections }, spec);
      const job = jobs.start('dossier', jobId);
      try {
        return await oneRenderAtATime(() =>
          exportDossier(
            library,
            { ...source, spec: withIntroduction(spec, source.description), outPath, format },
            { renderer: context.pdfRenderer(), onProgress: job.report, signal: job.signal },
          ),
        );
      } finally {
        job.finish();
      }
    },

    'dossier.download': async ({ clipIds, collection, comparisonIds, sections, spec, format, jobId }) => {
      const source = await resolveSource({ clipIds, collection, comparisonIds, sections }, spec);
      const job = jobs.start('dossier', jobId);
      try {
        if (format === 'json') {
          job.report({ stage: 'building', clips: source.clipIds.length });
          return await offerLibraryExport(context, collection !== undefined ? { collection } : { clipIds: source.clipIds }, spec.title, {
            signal: job.signal,
          });
        }
        const request = { ...source, spec: withIntroduction(spec, source.description), format };
        const made = await oneRenderAtATime(() =>
          renderDossier(library, request, { renderer: context.pdfRenderer(), onProgress: job.report, signal: job.signal }),
        );
        if (job.signal.aborted) throw new ApiError('cancelled', new RenderCancelled().message);
        job.report({ stage: 'writing' });
        return offerDossier(context.downloads, format, spec.title, made);
      } finally {
        job.finish();
      }
    },

    'dossier.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),

    'dossier.preview': async ({ clipIds, collection, comparisonIds, sections, spec, paginate }) => {
      const source = await resolveSource({ clipIds, collection, comparisonIds, sections }, spec);
      if (!source.clipIds.length) throw new ApiError('bad_input', 'The dossier has no clips yet. Choose some clips or a collection.');
      const clips = await loadDossierClips(library, source.clipIds);
      const { comparisons } = source;
      return {
        html: buildDossierHtml(clips, withIntroduction(spec, source.description), { paginate, comparisons, sections: source.sections }),
      };
    },

    'dossier.saved.list': () => listSavedDossiers(library),

    'dossier.saved.save': ({ id, ...fields }) => {
      if (fields.collection !== null && fields.clipIds !== null) {
        throw new ApiError('bad_input', 'A saved dossier takes its clips from a collection or from a list of clips, not both.');
      }
      return library.transaction((tx) => saveDossier(tx, id ?? null, fields, new Date().toISOString()));
    },

    'dossier.saved.delete': ({ id }) => library.transaction((tx) => deleteSavedDossier(tx, id)),
  } satisfies NamespaceHandlers<'dossier'>;
}
