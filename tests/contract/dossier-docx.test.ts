import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DossierExport } from '../../electron/shared/models/dossier.js';
import type { AddedComparison } from '../../electron/shared/models/saved-comparison.js';
import { saveBriefClip } from '../support/dossier-clips.js';
import { useTestCore } from '../support/test-core.js';

/** The parts of a .docx a reader looks at, read back from the zip as Word stores them. */
interface WordFile {
  document: string;
  footnotes: string;
  styles: string;
  settings: string;
  headers: string[];
}

/** The text of each paragraph in a part, with its style: what a reader of the document sees, in order. */
function paragraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

/** Each table cell's runs: their text and whether they are struck or underlined. */
function cells(xml: string): { text: string; struck: string[]; underlined: string[] }[] {
  return [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => {
    const runs = [...cell.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, r]) => ({
      text: /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(r!)?.[1] ?? '',
      strike: /<w:strike\/>/.test(r!),
      underline: /<w:u /.test(r!),
    }));
    return {
      text: runs.map((r) => r.text).join(''),
      struck: runs.filter((r) => r.strike).map((r) => r.text),
      underlined: runs.filter((r) => r.underline).map((r) => r.text),
    };
  });
}

describe('the Word dossier', () => {
  const lib = useTestCore('cuttings-docx-');
  const { call } = lib;
  const ids: Record<string, number> = {};
  let comparisonId = 0;

  async function clip(name: string, date: string | null, paragraphs: string[], source = 'Reuters', draft: Record<string, unknown> = {}) {
    ids[name] = await saveBriefClip(call, name, date, paragraphs, source, draft);
  }

  async function exportDocx(spec: Record<string, unknown> = {}): Promise<WordFile> {
    const outPath = join(lib.dir, 'brief.docx');
    const result = await call<DossierExport>('dossier.export', {
      clipIds: [ids['Bridge closes'], ids['Мост закрыт'], ids['大桥关闭'], ids['Bridge shut']],
      comparisonIds: [comparisonId],
      spec: {
        title: 'Bridge brief',
        author: 'Desk A',
        marking: 'CONFIDENTIAL',
        introduction: '# Background\n\nWhy **this** matters.',
        ...spec,
      },
      outPath,
      format: 'docx',
    });
    expect(result).toMatchObject({ format: 'docx', pages: null, clips: 4 });
    const zip = await JSZip.loadAsync(readFileSync(outPath));
    const read = (name: string) => zip.file(name)!.async('string');
    const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
    return {
      document: await read('word/document.xml'),
      footnotes: await read('word/footnotes.xml'),
      styles: await read('word/styles.xml'),
      settings: await read('word/settings.xml'),
      headers: await Promise.all(headerNames.map(read)),
    };
  }

  beforeAll(async () => {
    await clip('Bridge closes', '2024-03-10', [
      'The bridge in Dresden closed on Sunday after the flood.',
      'Engineers said repairs could take a year.',
    ]);
    await clip('Мост закрыт', '2024-03-11', ['Мост в Дрездене закрыт после наводнения.'], 'Ведомости');
    await clip('大桥关闭', '2024-03-12', ['德累斯顿的大桥在洪水后关闭。'], '新华社');
    await clip(
      'Bridge shut',
      '2024-03-11',
      ['The bridge in Dresden closed on Monday after the flood.', 'Engineers said repairs could take a year.'],
      'AFP',
    );
    await call('highlights.add', {
      clipId: ids['Bridge closes'],
      exact: 'closed on Sunday',
      start: 19,
      end: 35,
      color: 'green',
      note: 'Check the day with the city.',
    });
    const briefs = await call<{ id: number }>('collections.create', { name: 'Bridge' });
    const added = await call<AddedComparison>('comparisons.add', {
      collectionId: briefs.id,
      a: ids['Bridge closes'],
      b: ids['Bridge shut'],
      title: 'Sunday or Monday?',
    });
    comparisonId = added.comparison.id;
  });

  it('has a cover with the marking, a table of contents Word fills in on opening, and the marking on every page', async () => {
    const word = await exportDocx();
    const paras = paragraphs(word.document);
    expect(paras[0]!.text).toBe('CONFIDENTIAL');
    expect(paras.find((p) => p.style === 'Title')!.text).toBe('Bridge brief');
    expect(paras.map((p) => p.text)).toContain('Prepared by: Desk A');
    expect(word.document).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
    expect(word.settings).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
    // The contents' own title is not one of the headings the TOC field lists (\o "1-2": Heading1, Heading2).
    const title = paras.find((p) => p.text === 'Contents')!;
    expect(title.style).toBe('TOCHeading');
    const style = /<w:style [^>]*w:styleId="TOCHeading"[\s\S]*?<\/w:style>/.exec(word.styles)![0];
    expect(style).toContain('<w:basedOn w:val="Normal"/>');
    expect(style).toContain('<w:outlineLvl w:val="9"/>');
    expect(word.headers.some((h) => h.includes('CONFIDENTIAL'))).toBe(true);
  });

  it('makes each part and clip a heading, in order, with the clip’s metadata line under it', async () => {
    const paras = paragraphs((await exportDocx()).document);
    expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Introduction',
      'Overview',
      'Clips',
      'Comparisons',
      'Index of names',
      'Quotations',
      'Sources',
      'Timeline',
    ]);
    expect(paras.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      '1. Bridge closes',
      '2. Мост закрыт',
      '3. 大桥关闭',
      '4. Bridge shut',
      'C1. Sunday or Monday?',
    ]);
    const cyrillic = paras.findIndex((p) => p.style === 'Heading2' && p.text === '2. Мост закрыт');
    expect(paras[cyrillic + 1]).toEqual({ style: 'ClipMeta', text: 'Ведомости · 11 March 2024' });
    expect(paras.map((p) => p.text)).toContain('Why this matters.');
    expect(paras.map((p) => p.text)).toContain('德累斯顿的大桥在洪水后关闭。');
  });

  it('prints highlights as Word highlights and their notes as footnotes', async () => {
    const word = await exportDocx();
    expect(word.document).toMatch(/<w:highlight w:val="green"\/>[\s\S]*?<w:t xml:space="preserve">closed on Sunday<\/w:t>/);
    expect(word.document).toMatch(/<w:footnoteReference w:id="\d+"\/>/);
    expect(paragraphs(word.footnotes).map((p) => p.text)).toContain('Check the day with the city.');
  });

  it('lays a comparison out as a two-column table, striking what A alone says and underlining what B alone says', async () => {
    const table = cells((await exportDocx()).document);
    expect(table.slice(0, 2).map((c) => c.text)).toEqual(['A · Reuters', 'B · AFP']);
    const changed = table.findIndex((c) => c.struck.includes('Sunday'));
    expect(table[changed]!.text).toBe('The bridge in Dresden closed on Sunday after the flood.');
    expect(table[changed]!.struck).toEqual(['Sunday']);
    expect(table[changed + 1]).toEqual({
      text: 'The bridge in Dresden closed on Monday after the flood.',
      struck: [],
      underlined: ['Monday'],
    });
  });

  it('lists the indexes, names the fonts for Latin, Cyrillic and CJK, and takes the paper size', async () => {
    const a4 = await exportDocx();
    const names = paragraphs(a4.document);
    expect(names.find((p) => p.text.startsWith('Anna Berg: clip'))!.text).toBe('Anna Berg: clip 1, 2, 3, 4');
    expect(a4.document).toMatch(/<w:numPr>/);
    expect(a4.styles).toMatch(/w:ascii="Noto Serif"[^>]*w:eastAsia="Noto Serif SC"|w:eastAsia="Noto Serif SC"[^>]*w:ascii="Noto Serif"/);
    expect(a4.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect((await exportDocx({ paperSize: 'Letter' })).document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('leaves out the parts the spec omits', async () => {
    const paras = paragraphs(
      (await exportDocx({ parts: { contents: false, indexes: false, comparisons: false, overview: false, introduction: false } })).document,
    );
    expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Clips']);
  });
});
