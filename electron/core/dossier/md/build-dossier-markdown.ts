import type { Clip } from '../../../shared/models/clip.js';
import { coverFacts } from '../cover-facts.js';
import type { DossierSpec } from '../../../shared/models/dossier.js';
import {
  dossierModel,
  unsectioned,
  writeDossier,
  type DossierModelOptions,
  type DossierWriter,
  type PrintedParts,
} from '../dossier-parts.js';
import type { DossierModel } from '../dossier-types.js';
import { formatDate, formatDateRange, plural } from '../format.js';
import { outletBars } from '../overview.js';
import type { PlannedClip } from '../plan-clip.js';
import { clipMarkdown, FootnoteCounter } from './clip-markdown.js';
import { comparisonContentsMarkdown, comparisonsMarkdown } from './comparisons-markdown.js';
import { escapeInline, safeUserMarkdown } from './escape-markdown.js';
import { nameIndexMarkdown, quoteIndexMarkdown, sourcesMarkdown, timelineMarkdown } from './indexes-markdown.js';

/** Each part as lines of Markdown; footnotes are numbered across the whole document. */
function markdownWriter(): DossierWriter<string> {
  const footnotes = new FootnoteCounter();
  return {
    opening: titleBlock,
    contents,
    introduction: (markdown) => ['## Introduction', '', demoteHeadings(markdown), ''],
    overview,
    clips: (clips) => clips.map((c) => clipMarkdown(c, footnotes)),
    section: (section) => [`## ${escapeInline(section.title)}`, '', ...section.clips.map((c) => clipMarkdown(c, footnotes))],
    comparisons: comparisonsMarkdown,
    indexes: (clips) => [...nameIndexMarkdown(clips), ...quoteIndexMarkdown(clips), ...sourcesMarkdown(clips), ...timelineMarkdown(clips)],
    closing: ({ spec }) => (spec.marking.trim() ? [`**${escapeInline(spec.marking.trim())}**`, ''] : []),
  };
}

/**
 * The dossier as one Markdown document (CommonMark with footnotes and ==highlights==): the same
 * parts as the PDF in the same order, for people who paste a brief into an e-mail, a wiki or a
 * notes app. Every piece of clip text is escaped; only the introduction, which the user wrote
 * in Markdown, is kept as Markdown.
 */
export function buildDossierMarkdown(clips: readonly Clip[], spec: DossierSpec, options: DossierModelOptions = {}): string {
  const lines = writeDossier(dossierModel(clips, spec, options), markdownWriter());
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function titleBlock({ spec, clips, comparisons, issued }: DossierModel): string[] {
  if (!spec.parts.cover) return [`# ${escapeInline(spec.title)}`, ''];
  const facts = coverFacts(spec, clips, comparisons.length, issued);
  const marking = spec.marking.trim();
  return [
    ...(marking ? [`**${escapeInline(marking)}**`, ''] : []),
    `# ${escapeInline(spec.title)}`,
    '',
    ...(spec.subtitle.trim() ? [`*${escapeInline(spec.subtitle.trim())}*`, ''] : []),
    ...facts.flatMap(([label, value]) => (value ? [`- **${label}:** ${escapeInline(value)}`] : [])),
    '',
  ];
}

function contents(model: DossierModel, parts: PrintedParts): string[] {
  const { comparisons } = model;
  const sections = [...(parts.introduction ? ['[Introduction](#introduction)'] : []), ...(parts.overview ? ['[Overview](#overview)'] : [])];
  const entry = (c: PlannedClip) => {
    const meta = [c.clip.source, formatDate(c.clip.date), c.clip.dateline]
      .filter(Boolean)
      .map((s) => escapeInline(s!))
      .join(' · ');
    return `${c.no}. [${escapeInline(c.label.text)}](#${c.id})${meta ? ` (${meta})` : ''}`;
  };
  const entries = [
    ...unsectioned(model).map(entry),
    ...model.sections.flatMap((s) => ['', `**${escapeInline(s.title)}**`, '', ...s.clips.map(entry)]),
  ];
  // GitHub-style heading ids: the index headings are plain words, so their ids are predictable.
  const reference = parts.indexes
    ? ['Index of names', 'Quotations', 'Sources', 'Timeline'].map((t) => `- [${t}](#${t.toLowerCase().replace(/ /g, '-')})`)
    : [];
  // A titled group after the comparisons or a section keeps the reference from reading as part of them.
  const referenceGroup =
    (comparisons.length || model.sections.length) && reference.length ? ['**Reference**', '', ...reference] : reference;
  return [
    '## Contents',
    '',
    ...sections.map((s) => `- ${s}`),
    ...(sections.length ? [''] : []),
    ...entries,
    '',
    ...comparisonContentsMarkdown(comparisons),
    ...referenceGroup,
    '',
  ];
}

function overview(clips: readonly PlannedClip[]): string[] {
  const coverage = formatDateRange(clips.flatMap((c) => (c.clip.date ? [c.clip.date] : [])));
  return [
    '## Overview',
    '',
    `${plural(clips.length, 'clip')}${coverage ? `, ${escapeInline(coverage)}` : ''}.`,
    '',
    '**Outlets**',
    '',
    ...outletBars(clips).map((b) => `- ${escapeInline(b.label)}: ${b.value}`),
    '',
  ];
}

/**
 * The introduction is the user's own Markdown (or the collection's description), printed under
 * a second-level heading, so its headings move down two levels; raw HTML in it prints as text
 * and only web and mail links stay links, as in the PDF.
 */
function demoteHeadings(markdown: string): string {
  return safeUserMarkdown(
    markdown
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/^(#{1,4})(\s)/, '##$1$2'))
      .join('\n')
      .trim(),
  );
}
