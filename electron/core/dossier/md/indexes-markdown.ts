import { formatShortDate, titleWithSource } from '../format.js';
import { mentionsByName, quotesBySpeaker } from '../name-groups.js';
import type { EntityKind, PlannedClip } from '../plan-clip.js';
import { escapeInline } from './escape-markdown.js';
import { quoted } from '../../../shared/text/quotation-marks.js';
import { compareNames } from '../../../shared/text/compare-names.js';

/** The dossier's indexes as Markdown lists: each entry points at clips by number, linked. */

const clipRefs = (clipNos: readonly number[]) => [...new Set(clipNos)].map((no) => `[${no}](#clip-${no})`).join(', ');

const KINDS: [EntityKind, string][] = [
  ['person', 'People'],
  ['place', 'Places'],
  ['organization', 'Organisations'],
];

export function nameIndexMarkdown(clips: readonly PlannedClip[]): string[] {
  const out = ['## Index of names', ''];
  for (const [kind, title] of KINDS) {
    const byName = mentionsByName(clips, kind);
    out.push(`### ${title}`, '');
    if (!byName.size) out.push('None identified in these clips.', '');
    else
      out.push(
        ...[...byName.keys()]
          .sort(compareNames)
          .map((name) => `- ${escapeInline(name)}: clip ${clipRefs(byName.get(name)!.map((t) => t.clipNo))}`),
        '',
      );
  }
  return out;
}

export function quoteIndexMarkdown(clips: readonly PlannedClip[]): string[] {
  const bySpeaker = quotesBySpeaker(clips);
  const out = ['## Quotations', ''];
  if (!bySpeaker.size) return [...out, 'No quotations were identified in these clips.', ''];
  const speakers = [...bySpeaker.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareNames(a, b)));
  for (const speaker of speakers) {
    out.push(`### ${escapeInline(speaker ?? 'Speaker not identified')}`, '');
    for (const { text, clip } of bySpeaker.get(speaker)!) {
      const where = escapeInline(titleWithSource(clip.label.text, clip.clip.source));
      out.push(`- ${quoted(escapeInline(text.replace(/\s+/g, ' ').trim()), clip.clip.language)} (${where}, clip ${clipRefs([clip.no])})`);
    }
    out.push('');
  }
  return out;
}

export function sourcesMarkdown(clips: readonly PlannedClip[]): string[] {
  const byOutlet = new Map<string, PlannedClip[]>();
  for (const c of clips) {
    const outlet = c.clip.source?.trim() || 'Outlet not known';
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), c]);
  }
  const out = ['## Sources', ''];
  for (const outlet of [...byOutlet.keys()].sort(compareNames)) {
    out.push(`- **${escapeInline(outlet)}**`);
    for (const c of byOutlet.get(outlet)!) {
      const date = c.clip.date ? `, ${formatShortDate(c.clip.date)}` : '';
      out.push(`  - ${escapeInline(c.label.text)}${date} (clip ${clipRefs([c.no])})`);
    }
  }
  return [...out, ''];
}

export function timelineMarkdown(clips: readonly PlannedClip[]): string[] {
  const dated = clips.filter((c) => c.clip.date).sort((a, b) => a.clip.date!.localeCompare(b.clip.date!) || a.no - b.no);
  const undated = clips.filter((c) => !c.clip.date);
  const row = (c: PlannedClip) => {
    const sub = [c.clip.source, c.clip.dateline]
      .filter(Boolean)
      .map((s) => escapeInline(s!))
      .join(' · ');
    return `- ${c.clip.date ? formatShortDate(c.clip.date) : 'Undated'}: ${escapeInline(c.label.text)}${sub ? ` (${sub})` : ''}, clip ${clipRefs([c.no])}`;
  };
  return ['## Timeline', '', ...dated.map(row), ...undated.map(row), ''];
}
