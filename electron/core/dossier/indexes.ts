import type { PartRef } from './dossier-types.js';
import { formatShortDate } from './format.js';
import { html, type SafeHtml } from './html.js';
import type { EntityKind, IndexTarget, PlannedClip } from './plan-clip.js';

/** A link whose text Paged.js fills with the page its target landed on. */
const pageRef = (target: IndexTarget) => html`<a class="pageref" href="#${target.anchorId}"></a>`;

const pageRefs = (targets: readonly IndexTarget[]) =>
  html`<span class="pages">${targets.map((t, i) => html`${i ? ', ' : ''}${pageRef(t)}`)}</span>`;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Latin, Greek and Cyrillic names are grouped under their initial; other scripts in one group. */
function initialOf(name: string): string {
  const first = name.trim().charAt(0);
  return /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u.test(first)
    ? first.normalize('NFD').charAt(0).toLocaleUpperCase('en')
    : /\p{N}/u.test(first)
      ? '0–9'
      : 'Other scripts';
}

/** Below this many names, initials would take more room than they save. */
const INITIALS_FROM = 24;

function entityIndex(clips: readonly PlannedClip[], kind: EntityKind): SafeHtml {
  const byName = new Map<string, IndexTarget[]>();
  for (const c of clips) for (const m of c.mentions) if (m.kind === kind) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  if (!byName.size) return html`<p class="empty-note">None identified in these clips.</p>`;
  const names = [...byName.keys()].sort(collator.compare);
  const entry = (name: string) => html`<p class="index-entry">${name} ${pageRefs(byName.get(name)!)}</p>`;
  if (names.length < INITIALS_FROM) return html`<div class="index-columns">${names.map(entry)}</div>`;
  const groups = new Map<string, string[]>();
  for (const name of names) groups.set(initialOf(name), [...(groups.get(initialOf(name)) ?? []), name]);
  // Each initial is kept with its first name, so no initial is stranded at the foot of a column.
  return html`<div class="index-columns">${[...groups].map(
    ([initial, [first, ...rest]]) =>
      html`<div class="index-group-start"><p class="index-letter">${initial}</p>${entry(first!)}</div>${rest.map(entry)}`,
  )}</div>`;
}

export function renderNameIndex(clips: readonly PlannedClip[], part: PartRef): SafeHtml {
  return html`<section class="part index" id="${part.id}">
<h1 class="part-title">${part.title}</h1>
<h3 id="${part.id}-people">People</h3>
${entityIndex(clips, 'person')}
<h3 id="${part.id}-places">Places</h3>
${entityIndex(clips, 'place')}
<h3 id="${part.id}-organisations">Organisations</h3>
${entityIndex(clips, 'organization')}
</section>`;
}

const QUOTE_LENGTH = 240;

export function renderQuoteIndex(clips: readonly PlannedClip[], part: PartRef): SafeHtml {
  const bySpeaker = new Map<string | null, { text: string; clip: PlannedClip; target: IndexTarget }[]>();
  for (const c of clips) {
    for (const q of c.quotes) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), { text: q.text, clip: c, target: q }]);
  }
  const speakers = [...bySpeaker.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)));
  const body = speakers.length
    ? speakers.map(
        (speaker) => html`<p class="quote-speaker">${speaker ?? 'Speaker not identified'}</p>
${bySpeaker.get(speaker)!.map(({ text, clip, target }) => {
  const shown = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text;
  return html`<p class="quote-item"${clip.clip.language !== 'und' ? html` lang="${clip.clip.language.replace(/[^A-Za-z-]/g, '')}"` : ''}><span class="quote-text">“${shown}”</span> <span class="quote-where">— ${clip.label.text}${clip.clip.source ? html`, ${clip.clip.source}` : ''}, p. ${pageRef(target)}</span></p>`;
})}`,
      )
    : html`<p class="empty-note">No quotations were identified in these clips.</p>`;
  return html`<section class="part quotes-index" id="${part.id}">
<h1 class="part-title">${part.title}</h1>
${body}
</section>`;
}

export function renderSources(clips: readonly PlannedClip[], part: PartRef): SafeHtml {
  const byOutlet = new Map<string, PlannedClip[]>();
  for (const c of clips) {
    const outlet = c.clip.source?.trim() || 'Outlet not known';
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), c]);
  }
  const outlets = [...byOutlet.keys()].sort(collator.compare);
  return html`<section class="part sources" id="${part.id}">
<h1 class="part-title">${part.title}</h1>
<table class="table">
<thead><tr><th>Outlet and clip</th><th>Published</th><th class="num">Page</th></tr></thead>
<tbody>
${outlets.map(
  (outlet) => html`<tr><td colspan="3" class="source-outlet">${outlet} <span class="pages">(${byOutlet.get(outlet)!.length})</span></td></tr>
${byOutlet.get(outlet)!.map(
  (c) => html`<tr><td>${c.label.text}${c.clip.url ? html`<span class="sub url">${c.clip.url}</span>` : ''}</td><td class="date">${c.clip.date ? formatShortDate(c.clip.date) : '—'}</td><td class="num">${pageRef({ clipNo: c.no, anchorId: c.id })}</td></tr>`,
)}`,
)}
</tbody>
</table>
</section>`;
}

export function renderTimeline(clips: readonly PlannedClip[], part: PartRef): SafeHtml {
  const dated = clips.filter((c) => c.clip.date).sort((a, b) => a.clip.date!.localeCompare(b.clip.date!) || a.no - b.no);
  const undated = clips.filter((c) => !c.clip.date);
  const row = (c: PlannedClip) => {
    const sub = [c.clip.source, c.clip.dateline].filter(Boolean).join(' · ');
    return html`<tr><td class="date">${c.clip.date ? formatShortDate(c.clip.date) : 'Undated'}</td><td>${c.label.text}${sub ? html`<span class="sub">${sub}</span>` : ''}</td><td class="num">${pageRef({ clipNo: c.no, anchorId: c.id })}</td></tr>`;
  };
  return html`<section class="part timeline" id="${part.id}">
<h1 class="part-title">${part.title}</h1>
<table class="table">
<thead><tr><th>Date</th><th>Clip</th><th class="num">Page</th></tr></thead>
<tbody>${dated.map(row)}${undated.map(row)}</tbody>
</table>
</section>`;
}
