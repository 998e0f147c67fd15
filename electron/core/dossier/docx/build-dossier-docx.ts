import type { Paragraph, Table, TableOfContents } from 'docx';
import { coverFacts } from '../cover-facts.js';
import type { Clip } from '../../../shared/models/clip.js';
import type { DossierSpec } from '../../../shared/models/dossier.js';
import { dossierModel, writeDossier, type DossierModelOptions, type DossierWriter } from '../dossier-parts.js';
import type { DossierModel } from '../dossier-types.js';
import { formatDateRange, plural } from '../format.js';
import { outletBars } from '../overview.js';
import type { PlannedClip } from '../plan-clip.js';
import { clipDocx } from './clip-docx.js';
import { comparisonsDocx } from './comparisons-docx.js';
import { DOCUMENT_FONT, loadDocx, PAGE_SIZES, wordText, type Docx } from './docx-style.js';
import { nameIndexDocx, quoteIndexDocx, sourcesDocx, timelineDocx } from './indexes-docx.js';

type Block = Paragraph | Table | TableOfContents;

/** The heading levels the table of contents lists: parts (Heading 1) and clips (Heading 2). */
const CONTENTS_LEVELS = '1-2';
/**
 * Word's own style for the title of a table of contents: it looks like a part's heading but is not
 * a Heading style and sits at body-text outline level, so the contents never list themselves.
 */
const CONTENTS_HEADING = 'TOCHeading';

/** The dossier's parts as Word blocks, made with the docx package loaded for this export. */
const docxWriter = (docx: Docx): DossierWriter<Block> => {
  const { HeadingLevel, Paragraph, TableOfContents } = docx;
  return {
    opening: (model) =>
      model.spec.parts.cover ? cover(docx, model) : [new Paragraph({ heading: HeadingLevel.TITLE, text: wordText(model.spec.title) })],
    contents: () => [
      new Paragraph({ style: CONTENTS_HEADING, text: 'Contents' }),
      new TableOfContents('Contents', { hyperlink: true, headingStyleRange: CONTENTS_LEVELS }),
    ],
    introduction: (markdown) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: 'Introduction' }),
      ...markdownParagraphs(docx, markdown),
    ],
    overview: (clips) => overview(docx, clips),
    clips: (clips) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: 'Clips' }),
      ...clips.flatMap((c, i) => clipDocx(docx, c, i > 0)),
    ],
    section: (section) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: wordText(section.title) }),
      ...section.clips.flatMap((c, i) => clipDocx(docx, c, i > 0)),
    ],
    comparisons: (comparisons) => comparisonsDocx(docx, comparisons),
    indexes: (clips) => [
      ...nameIndexDocx(docx, clips),
      ...quoteIndexDocx(docx, clips),
      ...sourcesDocx(docx, clips),
      ...timelineDocx(docx, clips),
    ],
  };
};

/**
 * The dossier as a Word document with the PDF's parts in the PDF's order. Part and clip titles
 * are Word headings, so the table of contents is a real TOC field that Word fills in when the
 * document opens; the marking heads every page as it does in print.
 */
export async function buildDossierDocx(clips: readonly Clip[], spec: DossierSpec, options: DossierModelOptions = {}): Promise<Buffer> {
  const docx = await loadDocx();
  const { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } = docx;
  const children = writeDossier(dossierModel(clips, spec, options), docxWriter(docx));
  const marking = spec.marking.trim();
  const document = new Document({
    creator: 'Cuttings',
    title: wordText(spec.title),
    description: wordText(spec.subtitle),
    features: { updateFields: true },
    styles: {
      // Space between paragraphs and above headings, as a printed brief has; Word's bare defaults run them together.
      default: {
        document: { run: { font: DOCUMENT_FONT, size: 22 }, paragraph: { spacing: { after: 140, line: 288 } } },
        heading1: { paragraph: { spacing: { before: 360, after: 160 } } },
        heading2: { paragraph: { spacing: { before: 280, after: 80 } } },
      },
      paragraphStyles: [
        {
          id: CONTENTS_HEADING,
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 32, color: '2E74B5' },
          paragraph: { spacing: { before: 360, after: 160 }, outlineLevel: 9 },
        },
        { id: 'ClipMeta', name: 'Clip metadata', basedOn: 'Normal', run: { color: '555555' }, paragraph: { spacing: { after: 120 } } },
      ],
    },
    sections: [
      {
        properties: { page: { size: PAGE_SIZES[spec.paperSize], margin: { top: 1_134, bottom: 1_134, left: 1_247, right: 1_247 } } },
        headers: marking ? { default: new Header({ children: [markingParagraph(docx, marking, 18)] }) } : {},
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function markingParagraph({ AlignmentType, Paragraph, TextRun }: Docx, marking: string, size: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: wordText(marking), bold: true, allCaps: true, color: 'B00020', size })],
  });
}

function cover(docx: Docx, { spec, clips, comparisons, issued }: DossierModel): Paragraph[] {
  const { HeadingLevel, Paragraph, TextRun } = docx;
  const facts = coverFacts(spec, clips, comparisons.length, issued);
  const marking = spec.marking.trim();
  return [
    ...(marking ? [markingParagraph(docx, marking, 28)] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2_400 }, text: wordText(spec.title) }),
    ...(spec.subtitle.trim()
      ? [new Paragraph({ children: [new TextRun({ text: wordText(spec.subtitle.trim()), italics: true, size: 28 })] })]
      : []),
    ...facts.flatMap(([label, value]) =>
      value ? [new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(wordText(value))] })] : [],
    ),
    new Paragraph({ pageBreakBefore: true, children: [] }),
  ];
}

function overview({ HeadingLevel, Paragraph, TextRun }: Docx, clips: readonly PlannedClip[]): Paragraph[] {
  const coverage = formatDateRange(clips.flatMap((c) => (c.clip.date ? [c.clip.date] : [])));
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: 'Overview' }),
    new Paragraph(`${plural(clips.length, 'clip')}${coverage ? `, ${coverage}` : ''}.`),
    new Paragraph({ heading: HeadingLevel.HEADING_3, text: 'Outlets' }),
    ...outletBars(clips).map((b) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(wordText(`${b.label}: ${b.value}`))] })),
  ];
}

/**
 * The introduction is the user's own Markdown: its headings become Word headings below the
 * part's (so they stay out of the contents), list lines bullets, other blocks paragraphs.
 */
function markdownParagraphs({ HeadingLevel, Paragraph, TextRun }: Docx, markdown: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    for (const line of block.split('\n').filter((l) => /^\s*([-*+]|\d+[.)]|#{1,6})\s/.test(l)).length ? block.split('\n') : [block]) {
      const text = line.trim();
      if (!text) continue;
      const heading = /^#{1,6}\s+(.*)$/.exec(text);
      const bullet = /^([-*+]|\d+[.)])\s+(.*)$/.exec(text);
      if (heading) out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, text: wordText(plainInline(heading[1]!)) }));
      else if (bullet) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(wordText(plainInline(bullet[2]!)))] }));
      else out.push(new Paragraph(wordText(plainInline(text.replace(/\s*\n\s*/g, ' ')))));
    }
  }
  return out;
}

/** Markdown's inline marks (emphasis, code, links) as their words: Word shows the text, not the syntax. */
function plainInline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
