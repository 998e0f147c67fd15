import { randomBytes } from 'node:crypto';
import type { DossierSpec } from '../../shared/models/dossier.js';
import type { Clip } from '../../shared/models/clip.js';
import { renderClip } from './clip-section.js';
import { renderComparisons } from './comparison-section.js';
import type { PrintedComparison } from './dossier-comparisons.js';
import type { DossierSection } from '../../shared/organise/collection-sections.js';
import { renderContents } from './contents.js';
import { renderCover } from './cover.js';
import type { DossierModel, PartRef } from './dossier-types.js';
import { fontFaceCss } from './fonts.js';
import { cssString, escapeHtml, html, type SafeHtml } from './html.js';
import { pageRefMaker, renderNameIndex, renderQuoteIndex, renderSources, renderTimeline } from './indexes.js';
import { markdownToHtml } from './markdown.js';
import { renderOverview } from './overview.js';
import type { PlannedClip } from './plan-clip.js';
import { dossierModel, introductionOf, unsectioned } from './dossier-parts.js';
import { readResource } from './resources.js';

const TEMPLATE = 'resources/dossier/dossier.html';
const STYLESHEET = 'resources/dossier/dossier.css';
const COMPARISONS_STYLESHEET = 'resources/dossier/comparisons.css';
const RUNTIME = 'resources/dossier/dossier-runtime.js';
const PAGED = 'node_modules/pagedjs/dist/paged.polyfill.js';

/** Text the stylesheet prints itself ("Page 3 of 12"), so its characters get fonts too. */
const GENERATED_TEXT = 'Page of 0123456789–—…“”';

const PAPER: Record<DossierSpec['paperSize'], string> = { A4: 'A4', Letter: 'letter' };

const PARTS = {
  introduction: { id: 'introduction', title: 'Introduction' },
  overview: { id: 'overview', title: 'Overview' },
  comparisons: { id: 'comparisons', title: 'Comparisons' },
  names: { id: 'index-names', title: 'Index of names' },
  quotes: { id: 'index-quotes', title: 'Quotations' },
  sources: { id: 'sources', title: 'Sources' },
  timeline: { id: 'timeline', title: 'Timeline' },
} satisfies Record<string, PartRef>;

/**
 * Digits of the largest page number the dossier could reach, over-estimated (a page per 200
 * words plus two per clip): index placeholders are this wide, so real numbers always fit.
 */
function pageNumberDigits(clips: readonly PlannedClip[], comparisons: readonly PrintedComparison[]): number {
  const words = clips.reduce((n, c) => n + c.clip.wordCount + c.clip.quotes.length * 30, 0);
  // Two columns of half-width text: a comparison takes about as many pages as both clips together.
  const compared = comparisons.reduce((n, c) => n + c.a.wordCount + c.b.wordCount, 0);
  return Math.max(2, String(Math.ceil(30 + (clips.length + comparisons.length) * 2 + (words + compared) / 200)).length);
}

/** The document body: every part the spec asks for, clips in the order given. */
function renderBody(model: DossierModel): SafeHtml {
  const { spec, clips, comparisons } = model;
  const pageRef = pageRefMaker('0'.repeat(pageNumberDigits(clips, comparisons)));
  const intro = introductionOf(spec);
  const before: PartRef[] = [...(intro ? [PARTS.introduction] : []), ...(spec.parts.overview ? [PARTS.overview] : [])];
  const after: PartRef[] = spec.parts.indexes ? [PARTS.names, PARTS.quotes, PARTS.sources, PARTS.timeline] : [];
  return html`${spec.parts.cover ? renderCover(model) : ''}
${spec.parts.contents ? renderContents(model, before, after) : ''}
${intro ? html`<section class="part intro" id="${PARTS.introduction.id}"><h1 class="part-title">${PARTS.introduction.title}</h1>${markdownToHtml(intro)}</section>` : ''}
${spec.parts.overview ? renderOverview(model) : ''}
${unsectioned(model).map((c) => renderClip(c, clips.length))}
${model.sections.map((s) => s.clips.map((c, i) => renderClip(c, clips.length, i === 0 ? s : null)))}
${renderComparisons(comparisons, PARTS.comparisons)}
${
  spec.parts.indexes
    ? html`${renderNameIndex(clips, PARTS.names, pageRef)}${renderQuoteIndex(clips, PARTS.quotes, pageRef)}${renderSources(clips, PARTS.sources, pageRef)}${renderTimeline(clips, PARTS.timeline, pageRef)}`
    : ''
}`;
}

/**
 * One self-contained HTML document: fonts inlined, Paged.js inlined, every piece of clip text
 * escaped. A Content-Security-Policy with a per-document nonce lets only our two scripts run and
 * blocks every network fetch, as a second guard behind the escaping.
 */
export interface BuildOptions {
  now?: Date;
  /**
   * False leaves Paged.js and the runtime out: a preview shown in a script-less sandboxed frame
   * cannot run them, and they are most of a small dossier's bytes.
   */
  paginate?: boolean;
  /** The collection's saved comparisons, printed after the clips when the spec's part is on. */
  comparisons?: readonly PrintedComparison[];
  /** Titled runs of the clips, printed after the clips in none. */
  sections?: readonly DossierSection[];
}

export function buildDossierHtml(
  clips: readonly Clip[],
  spec: DossierSpec,
  { now = new Date(), paginate = true, comparisons = [], sections = [] }: BuildOptions = {},
): string {
  const model = dossierModel(clips, spec, { now, comparisons, sections });
  const body = renderBody(model).value;
  const pageCss = `:root{--dossier-title:${cssString(spec.title)};--dossier-marking:${cssString(spec.marking)};}\n@page{size:${PAPER[spec.paperSize]};}`;
  const css = `${readResource(STYLESHEET)}\n${readResource(COMPARISONS_STYLESHEET)}\n${pageCss}`;
  const fonts = fontFaceCss(body + GENERATED_TEXT + spec.title + spec.marking).css;
  const nonce = randomBytes(16).toString('base64');
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const slots: Record<string, string> = {
    csp: escapeHtml(csp),
    nonce: escapeHtml(nonce),
    title: escapeHtml(spec.title),
    author: escapeHtml(spec.author),
    fonts,
    css: css.replace(/<\//g, '<\\/'),
    runtime: paginate ? readResource(RUNTIME) : '',
    pagedjs: paginate ? readResource(PAGED).replace(/<\/script/gi, '<\\/script') : '',
    body,
  };
  // One pass over the template, so text inside a slot's value is never read as another slot.
  return readResource(TEMPLATE).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => slots[name] ?? whole);
}
