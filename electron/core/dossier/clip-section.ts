import { renderClipBody } from './clip-body.js';
import { formatDate, formatTimestamp } from './format.js';
import { html, webLink, type SafeHtml } from './html.js';
import type { PlannedClip } from './plan-clip.js';
import type { PartRef } from './dossier-types.js';
import { notesHtml } from './notes-html.js';

/** BCP 47-ish codes only: the language goes into a lang attribute, which drives hyphenation and CJK fonts. */
function langAttribute(code: string): string | null {
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code) && code !== 'und' ? code : null;
}

/**
 * One clip, from a new page. The source line sits in the header, which is never split: at the
 * end of the clip it was often left alone at the top of an otherwise empty page. The first clip
 * of a section carries the section's heading, so the heading never stands on a page of its own.
 */
export function renderClip(planned: PlannedClip, total: number, opens: PartRef | null = null): SafeHtml {
  const { clip, label } = planned;
  const kicker = [clip.source ? html`<span class="clip-outlet">${clip.source}</span>` : null, formatDate(clip.date), clip.dateline].filter(
    (x) => x !== null && x !== '',
  );
  const lang = langAttribute(clip.language);
  const running = [`Clip ${planned.no} of ${total}`, clip.source, formatDate(clip.date)].filter(Boolean).join(' · ');
  return html`<article class="clip" id="${planned.id}" data-running="${running}"${lang ? html` lang="${lang}"` : ''}>
${opens ? html`<h1 class="section-title" id="${opens.id}">${opens.title}</h1>` : ''}
<header class="clip-head">
<p class="clip-kicker"><span class="clip-no">${planned.no}</span>${kicker.map((k, i) => html`${i ? ' · ' : ''}${k}`)}</p>
<h2 class="clip-title${label.untitled ? ' clip-title--untitled' : ''}">${label.text}</h2>
${clip.byline.length ? html`<p class="clip-byline">By ${clip.byline.join(', ')}</p>` : ''}
${supersededNote(planned)}
${clip.tags.length ? html`<p class="clip-tags">${clip.tags.map((t) => html`<span class="tag">${t}</span>`)}</p>` : ''}
<p class="clip-source">${sourceLine(planned)}</p>
</header>
<div class="clip-body">
${clip.paragraphs.length ? renderClipBody(clip.paragraphs, planned.marks, planned.anchors) : html`<p class="empty-note">This clip has no text.</p>`}
</div>
${renderNotes(planned)}
</article>`;
}

/** Said above the text, where nobody can miss it before quoting a figure the newer version corrects. */
function supersededNote(planned: PlannedClip): SafeHtml | '' {
  const newer = planned.supersededBy;
  if (!newer) return '';
  return html`<p class="clip-superseded"><strong>Superseded</strong> by <a href="#${newer.id}">no. ${newer.no}, “${newer.label}”</a>, a newer version of this report.</p>`;
}

function renderNotes(planned: PlannedClip): SafeHtml | '' {
  const userNotes = planned.clip.notes.trim();
  if (!planned.notes.length && !userNotes) return '';
  const items = [
    ...(userNotes ? [html`<div class="user-notes">${notesHtml(userNotes)}</div>`] : []),
    ...planned.notes.map(
      (n) =>
        html`<p class="note"><span class="note-no">${n.number}</span>${n.note}${n.located ? '' : html` <span class="note-quote">(on “${n.exact}”, no longer in the text)</span>`}</p>`,
    ),
  ];
  const [first, ...rest] = items;
  // The heading is kept with the first note, so it never ends a page alone.
  return html`<section class="clip-notes">
<div class="keep-together"><p class="subhead">Notes</p>${first}</div>
${rest}
</section>`;
}

function sourceLine(planned: PlannedClip): SafeHtml {
  const { clip } = planned;
  const parts: SafeHtml[] = [
    html`Source: ${clip.source ?? 'outlet not known'}${clip.date ? html`, ${formatDate(clip.date)}` : ''}.`,
    html` Captured ${formatTimestamp(clip.createdAt)}.`,
  ];
  if (clip.url) parts.push(html` ${webLink(clip.url, 'url')}`);
  parts.push(html` Cuttings clip ${clip.id}.`);
  return html`${parts}`;
}
