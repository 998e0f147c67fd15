import type { DossierSpec } from '../../shared/models/dossier.js';
import { ApiError } from '../../shared/api/errors.js';
import type { DossierFormat } from '../../shared/models/dossier-formats.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { buildDossierHtml } from './build-dossier-html.js';
import { loadDossierClips } from './dossier-clips.js';
import type { PrintedComparison } from './dossier-comparisons.js';
import type { DossierSection } from '../../shared/organise/collection-sections.js';
import type { DossierProgress } from '../../shared/models/dossier-progress.js';
import { buildDossierDocx } from './docx/build-dossier-docx.js';
import { buildDossierMarkdown } from './md/build-dossier-markdown.js';
import { addPdfProperties } from './pdf-metadata.js';
import { countPdfPages } from './pdf-pages.js';
import { RenderCancelled, type PdfRenderer } from './pdf-renderer.js';

export interface RenderRequest {
  clipIds: readonly number[];
  spec: DossierSpec;
  format: DossierFormat;
  comparisons?: readonly PrintedComparison[];
  /** Titled runs of `clipIds`, printed after the clips in none. */
  sections?: readonly DossierSection[];
}

export interface RenderOptions {
  renderer: PdfRenderer;
  onProgress?: (progress: DossierProgress) => void;
  signal?: AbortSignal;
}

export interface RenderedDossier {
  data: string | Buffer;
  pages: number | null;
  clips: number;
}

/** The dossier's file in memory, whatever is then done with it (written to a path, or offered as a download). */
export async function renderDossier(db: LibraryDatabase, request: RenderRequest, options: RenderOptions): Promise<RenderedDossier> {
  if (!request.clipIds.length) {
    throw new ApiError('bad_input', 'The dossier has no clips. Choose some clips, or a collection that has clips in it.');
  }
  const clips = await loadDossierClips(db, request.clipIds);
  options.onProgress?.({ stage: 'building', clips: clips.length });
  if (request.format === 'md')
    return {
      data: buildDossierMarkdown(clips, request.spec, { comparisons: request.comparisons ?? [], sections: request.sections ?? [] }),
      pages: null,
      clips: clips.length,
    };
  if (request.format === 'docx')
    return {
      data: await buildDossierDocx(clips, request.spec, { comparisons: request.comparisons ?? [], sections: request.sections ?? [] }),
      pages: null,
      clips: clips.length,
    };
  const html = buildDossierHtml(clips, request.spec, { comparisons: request.comparisons ?? [], sections: request.sections ?? [] });
  if (request.format === 'html') return { data: html, pages: null, clips: clips.length };
  try {
    const pdf = await options.renderer.render(html, {
      paperSize: request.spec.paperSize,
      onProgress: options.onProgress,
      signal: options.signal,
    });
    const data = addPdfProperties(pdf, { author: request.spec.author, subject: request.spec.subtitle, creator: 'Cuttings' });
    return { data, pages: countPdfPages(data), clips: clips.length };
  } catch (err) {
    if (err instanceof RenderCancelled) throw new ApiError('cancelled', err.message);
    throw new ApiError('internal', `Printing the dossier failed: ${(err as Error).message}`);
  }
}
