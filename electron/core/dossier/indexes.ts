import type { PartRef } from './dossier-types.js';
import { formatShortDate, titleWithSource } from './format.js';
import { html, webLink, type SafeHtml } from './html.js';
import { mentionsByName, quotesBySpeaker } from './name-groups.js';
import type { EntityKind, IndexTarget, PlannedClip } from './plan-clip.js';
import { quoted } from '../../shared/text/quotation-marks.js';
import { compareNames } from '../../shared/text/compare-names.js';

/**
 * A link that the document's runtime fills with the page its target landed on, once laid out.
 * Its placeholder digits are as wide as any page number the dossier can reach.
 */
export type PageRef = (target: IndexTarget) => SafeHtml;

export function pageRefMaker(placeholder: string): PageRef {
  return (target) => html`<a class="pageref pageref--pending" href="#${target.anchorId}">${placeholder}</a>`;
}

const pageRefs = (targets: readonly IndexTarget[], pageRef: PageRef) =>
  html`<span class="pages">${targets.map((t, i) => html`${i ? ', ' : ''}${pageRef(t)}`)}</span>`;

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

const KIND_TITLES: [EntityKind, string][] = [
  ['person', 'People'],
  ['place', 'Places'],
  ['organization', 'Organisations'],
];

/**
 * One kind's entries, flowing in the index's columns. The kind's heading and each initial open
 * a block with the first name under them (kept together), so none is stranded at a column foot.
 */
function entityEntries(clips: readonly PlannedClip[], kind: EntityKind, title: string, pageRef: PageRef, anchorId: string): SafeHtml {
  const byName = mentionsByName(clips, kind);
  const heading = html`<p class="index-kind" id="${anchorId}">${title}</p>`;
  if (!byName.size) return html`<div class="index-group-start">${heading}<p class="empty-note">None identified in these clips.</p></div>`;
  const names = [...byName.keys()].sort(compareNames);
  const entry = (name: string) => html`<p class="index-entry">${name} ${pageRefs(byName.get(name)!, pageRef)}</p>`;
  const groups = new Map<string, string[]>();
  if (names.length < INITIALS_FROM) groups.set('', names);
  else for (const name of names) groups.set(initialOf(name), [...(groups.get(initialOf(name)) ?? []), name]);
  return html`${[...groups].map(
    ([initial, [first, ...rest]], i) =>
      html`<div class="index-group-start">${i === 0 ? heading : ''}${initial ? html`<p class="index-letter">${initial}</p>` : ''}${entry(first!)}</div>${rest.map(entry)}`,
  )}`;
}

export function renderNameIndex(clips: readonly PlannedClip[], part: PartRef, pageRef: PageRef): SafeHtml {
  return html`<section class="part index" id="${part.id}">
<h1 class="part-title">${part.title}</h1>
<div class="index-columns">
${KIND_TITLES.map(([kind, title]) => entityEntries(clips, kind, title, pageRef, `${part.id}-${title.toLowerCase()}`))}
</div>
</section>`;
}

const QUOTE_LENGTH = 240;

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export function renderQuoteIndex(clips: readonly PlannedClip[], part: PartRef, pageRef: PageRef): SafeHtml {
  const bySpeaker = quotesBySpeaker(clips);
  const speakers = [...bySpeaker.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareNames(a, b)));
  const body = speakers.length
    ? speakers.map((speaker) => {
        // The speaker's name is kept with their first quotation, never left alone at a page foot.
        const [first, ...rest] = bySpeaker.get(speaker)!.map(({ text, clip, target }) => {
          const shown = shorten(text, QUOTE_LENGTH);
          return html`<p class="quote-item"${clip.clip.language !== 'und' ? html` lang="${clip.clip.language.replace(/[^A-Za-z-]/g, '')}"` : ''}><span class="quote-text">${quoted(shown, clip.clip.language)}</span> <span class="quote-where">— ${titleWithSource(shorten(clip.label.text, 70), clip.clip.source)}, p.&nbsp;${pageRef(target)}</span></p>`;
        });
        return html`<div class="quote-group-start"><p class="quote-speaker">${speaker ?? 'Speaker not identified'}</p>${first}</div>${rest}`;
      })
    : html`<p class="empty-note">No quotations were identified in these clips.</p>`;
  return html`<section class="part quotes-index" id="${part.id}">
<h1 class="part-title">${part.title}</h1>
${body}
</section>`;
}

export function renderSources(clips: readonly PlannedClip[], part: PartRef, pageRef: PageRef): SafeHtml {
  const byOutlet = new Map<string, PlannedClip[]>();
  for (const c of clips) {
    const outlet = c.clip.source?.trim() || 'Outlet not known';
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), c]);
  }
  const outlets = [...byOutlet.keys()].sort(compareNames);
  return html`<section class="part sources" id="${part.id}">
<h1 class="part-title">${part.title}</h1>
<table class="table">
<thead><tr><th class="outlet">Outlet</th><th>Clip</th><th>Published</th><th class="num">Page</th></tr></thead>
<tbody>
${outlets.map(
  (outlet) =>
    html`${byOutlet.get(outlet)!.map(
      // The outlet is named on its first row only: a row of its own could be stranded at a page foot.
      (c, i) =>
        html`<tr${i === 0 ? html` class="first-of-outlet"` : ''}><td class="outlet">${i === 0 ? outlet : ''}</td><td>${c.label.text}${c.clip.url ? webLink(c.clip.url, 'sub url') : ''}</td><td class="date">${c.clip.date ? formatShortDate(c.clip.date) : '—'}</td><td class="num">${pageRef({ clipNo: c.no, anchorId: c.id })}</td></tr>`,
    )}`,
)}
</tbody>
</table>
</section>`;
}

export function renderTimeline(clips: readonly PlannedClip[], part: PartRef, pageRef: PageRef): SafeHtml {
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
