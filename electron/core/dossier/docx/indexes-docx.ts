import type { Paragraph } from 'docx';
import { formatShortDate, titleWithSource } from '../format.js';
import { mentionsByName, quotesBySpeaker } from '../name-groups.js';
import type { EntityKind, PlannedClip } from '../plan-clip.js';
import { wordText, type Docx } from './docx-style.js';
import { quoted } from '../../../shared/text/quotation-marks.js';
import { compareNames } from '../../../shared/text/compare-names.js';

/** The dossier's indexes as Word bulleted lists; each entry names the clips by number. */

const clipRefs = (clipNos: readonly number[]) => [...new Set(clipNos)].join(', ');
const heading = ({ HeadingLevel, Paragraph }: Docx, text: string, level: 1 | 2 = 1) =>
  new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_3, pageBreakBefore: level === 1, text });
const item = ({ Paragraph, TextRun }: Docx, text: string, level = 0) =>
  new Paragraph({ bullet: { level }, children: [new TextRun(wordText(text))] });
const none = ({ Paragraph, TextRun }: Docx, text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });

const KINDS: [EntityKind, string][] = [
  ['person', 'People'],
  ['place', 'Places'],
  ['organization', 'Organisations'],
];

export function nameIndexDocx(docx: Docx, clips: readonly PlannedClip[]): Paragraph[] {
  const out = [heading(docx, 'Index of names')];
  for (const [kind, title] of KINDS) {
    const byName = mentionsByName(clips, kind);
    out.push(heading(docx, title, 2));
    if (!byName.size) out.push(none(docx, 'None identified in these clips.'));
    for (const name of [...byName.keys()].sort(compareNames))
      out.push(item(docx, `${name}: clip ${clipRefs(byName.get(name)!.map((t) => t.clipNo))}`));
  }
  return out;
}

export function quoteIndexDocx(docx: Docx, clips: readonly PlannedClip[]): Paragraph[] {
  const bySpeaker = quotesBySpeaker(clips);
  const out = [heading(docx, 'Quotations')];
  if (!bySpeaker.size) return [...out, none(docx, 'No quotations were identified in these clips.')];
  const speakers = [...bySpeaker.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareNames(a, b)));
  for (const speaker of speakers) {
    out.push(heading(docx, speaker ?? 'Speaker not identified', 2));
    for (const { text, clip } of bySpeaker.get(speaker)!) {
      const where = titleWithSource(clip.label.text, clip.clip.source);
      out.push(item(docx, `${quoted(text.replace(/\s+/g, ' ').trim(), clip.clip.language)} (${where}, clip ${clip.no})`));
    }
  }
  return out;
}

export function sourcesDocx(docx: Docx, clips: readonly PlannedClip[]): Paragraph[] {
  const { Paragraph, TextRun } = docx;
  const byOutlet = new Map<string, PlannedClip[]>();
  for (const c of clips) {
    const outlet = c.clip.source?.trim() || 'Outlet not known';
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), c]);
  }
  const out = [heading(docx, 'Sources')];
  for (const outlet of [...byOutlet.keys()].sort(compareNames)) {
    out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: wordText(outlet), bold: true })] }));
    for (const c of byOutlet.get(outlet)!)
      out.push(item(docx, `${c.label.text}${c.clip.date ? `, ${formatShortDate(c.clip.date)}` : ''} (clip ${c.no})`, 1));
  }
  return out;
}

export function timelineDocx(docx: Docx, clips: readonly PlannedClip[]): Paragraph[] {
  const dated = clips.filter((c) => c.clip.date).sort((a, b) => a.clip.date!.localeCompare(b.clip.date!) || a.no - b.no);
  const undated = clips.filter((c) => !c.clip.date);
  const row = (c: PlannedClip) => {
    const sub = [c.clip.source, c.clip.dateline].filter(Boolean).join(' · ');
    return item(docx, `${c.clip.date ? formatShortDate(c.clip.date) : 'Undated'}: ${c.label.text}${sub ? ` (${sub})` : ''}, clip ${c.no}`);
  };
  return [heading(docx, 'Timeline'), ...dated.map(row), ...undated.map(row)];
}
