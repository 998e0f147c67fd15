import type { DossierModel } from './dossier-types.js';
import { coverFacts } from './cover-facts.js';
import { html, type SafeHtml } from './html.js';

export function renderCover(model: DossierModel): SafeHtml {
  const { spec, clips } = model;
  const facts = coverFacts(spec, clips, model.comparisons.length, model.issued);
  const marking = spec.marking.trim();
  return html`<section class="cover${spec.paperSize === 'Letter' ? ' cover--letter' : ''}" id="cover">
${marking ? html`<p class="cover-marking">${marking}</p>` : ''}
${spec.organisation ? html`<p class="cover-org">${spec.organisation}</p>` : ''}
<div class="cover-main">
<p class="cover-kind">Press cuttings dossier</p>
<h1 class="cover-title">${spec.title}</h1>
${spec.subtitle ? html`<p class="cover-subtitle">${spec.subtitle}</p>` : ''}
</div>
<dl class="cover-facts">
${facts.map(([label, value]) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : ''))}
</dl>
${marking ? html`<p class="cover-marking cover-marking--bottom">${marking}</p>` : ''}
</section>`;
}
