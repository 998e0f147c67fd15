import { comparisonContentsEntries } from './comparison-section.js';
import type { DossierModel, PartRef } from './dossier-types.js';
import { formatDate } from './format.js';
import { html, type SafeHtml } from './html.js';
import { unsectioned } from './dossier-parts.js';
import type { PlannedClip } from './plan-clip.js';

/**
 * The contents page. Page numbers come from Paged.js's target-counter on each link, so they are
 * the pages the parts really landed on; the links stay clickable in the PDF.
 */
export function renderContents(model: DossierModel, before: readonly PartRef[], after: readonly PartRef[]): SafeHtml {
  const section = (p: PartRef) =>
    html`<li class="toc-section"><a href="#${p.id}"><span class="toc-text"><span class="toc-title">${p.title}</span></span></a></li>`;
  const entry = (c: PlannedClip) => {
    const meta = [c.clip.source, formatDate(c.clip.date), c.clip.dateline].filter(Boolean).join(' · ');
    return html`<li><a href="#${c.id}"><span class="toc-no">${c.no}</span><span class="toc-text"><span class="toc-title">${c.label.text}</span>${meta ? html`<span class="toc-meta">${meta}</span>` : ''}</span></a></li>`;
  };
  const lead = unsectioned(model);
  return html`<nav class="part toc" id="contents" aria-label="Contents">
<h1 class="part-title">Contents</h1>
${before.length ? html`<ol>${before.map(section)}</ol>` : ''}
${lead.length ? group('Clips', lead.map(entry)) : ''}
${model.sections.map((s) => group(s.title, s.clips.map(entry)))}
${model.comparisons.length ? group('Comparisons', comparisonContentsEntries(model.comparisons)) : ''}
${after.length ? group('Reference', after.map(section)) : ''}
</nav>`;
}

/** A titled list whose title is kept with its first entry, so it never ends a page alone. */
function group(title: string, items: readonly SafeHtml[]): SafeHtml {
  const [first, ...rest] = items;
  return html`<div class="keep-together"><p class="subhead toc-group">${title}</p><ol>${first}</ol></div>${rest.length ? html`<ol>${rest}</ol>` : ''}`;
}
