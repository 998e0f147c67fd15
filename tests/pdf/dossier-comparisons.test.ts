import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import type { DossierExport } from '../../electron/shared/models/dossier.js';
import type { Clip, SavedClip } from '../../electron/shared/models/clip.js';
import type { Collection } from '../../electron/shared/models/organise.js';
import { corpusText } from '../support/fixtures.js';
import { tempLibrary } from '../support/temp-library.js';
import { pdfPages, squash } from './pdf-tools.js';

/** The long article edited as a second outlet might run it: a paragraph dropped, words changed, a line added. */
function rewrite(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  paragraphs.splice(4, 1);
  paragraphs.splice(9, 0, 'Regional officials said on Friday that a new replanting fund would open next spring.');
  return paragraphs
    .join('\n\n')
    .replace(/grandfather/g, 'great-grandfather')
    .replace(/farmers/g, 'growers');
}

/** The titles in the PDF's outline (bookmarks), as poppler reads them. */
function outlineTitles(path: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const outline = /<outline>[\s\S]*<\/outline>/.exec(xml)?.[0] ?? '';
  return [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'"));
}

describe('comparisons printed in a dossier', () => {
  const lib = tempLibrary('cuttings-pdf-cmp-');
  let core: CoreService;
  const clips: Record<'tass' | 'ap' | 'long' | 'edited', Clip> = {} as never;
  let pages: string[];
  let result: DossierExport;
  const outPath = () => join(lib.dir, 'comparisons.pdf');

  async function call<T>(method: string, args: unknown): Promise<T> {
    const r = await core.dispatch(method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  }
  const save = async (text: string, draft: object) =>
    call<Clip>('clips.get', { id: (await call<SavedClip>('clips.create', { text, draft })).id });

  beforeAll(async () => {
    core = createCoreService(lib.path);
    clips.tass = await save(corpusText('v04_tass_barents_rescue'), { source: 'TASS', date: '2023-03-14' });
    clips.ap = await save(corpusText('v05_ap_barents_rescue'), { source: 'AP', date: '2023-03-14', byline: ['Jan Olsen'] });
    clips.long = await save(corpusText('v12_long_puglia_olives'), { source: 'Continental Review', date: '2023-10-02' });
    clips.edited = await save(rewrite(corpusText('v12_long_puglia_olives')), {
      title: 'Puglia replants its olive groves',
      source: 'Southern Post',
      date: '2023-10-04',
    });
    const briefs = await call<Collection>('collections.create', { name: 'Barents and Puglia' });
    await call('collections.addClips', { id: briefs.id, clipIds: [clips.tass.id, clips.ap.id, clips.long.id] });
    await call('comparisons.add', { collectionId: briefs.id, a: clips.tass.id, b: clips.ap.id, title: 'Barents rescue: TASS against AP' });
    await call('comparisons.add', { collectionId: briefs.id, a: clips.long.id, b: clips.edited.id });
    result = await call<DossierExport>('dossier.export', {
      collection: 'Barents and Puglia',
      spec: { title: 'Two stories, two tellings' },
      outPath: outPath(),
      format: 'pdf',
    });
    pages = pdfPages(outPath());
    if (process.env.CUTTINGS_KEEP_PDF) copyFileSync(outPath(), process.env.CUTTINGS_KEEP_PDF);
  }, 120_000);

  afterAll(() => {
    core.close();
    lib.remove();
  });

  const pageOf = (needle: string, from = 0) => pages.findIndex((p, i) => i >= from && squash(p).includes(needle)) + 1;

  it('counts the comparisons on the cover', () => {
    expect(squash(pages[0]!)).toContain('3 clips from 3 outlets; 2 comparisons');
  });

  it('lists each comparison in the contents at the page its heading really prints on', () => {
    const toc = pages[1]!.split('\n');
    const contents = toc.slice(toc.findIndex((l) => l.includes('COMPARISONS')));
    expect(squash(pages[1]!)).toMatch(/COMPARISONS C1/);
    for (const title of ['Barents rescue: TASS against AP', `${clips.long.title} — Puglia replants`]) {
      const line = contents.find((l) => squash(l).includes(title.slice(0, 30)));
      expect(line, `contents entry for ${title}`).toBeDefined();
      const page = Number(/(\d+)\s*$/.exec(line!)?.[1]);
      expect(page).toBeGreaterThan(2 + 3);
      expect(squash(pages[page - 1]!), `${title} on page ${page}`).toContain(title.slice(0, 30));
      expect(squash(pages[page - 1]!)).toMatch(/Comparison · \d+% similar/i);
    }
  });

  it('prints both sides in aligned columns, row by row', () => {
    const start = pageOf('Barents rescue: TASS against AP', 3);
    const page = pages[start - 1]!;
    expect(squash(page)).toContain('TASS');
    expect(squash(page)).toContain('By Jan Olsen');
    // A row whose two sentences are partners prints them on the same lines, A left and B right.
    const same = squash(clips.tass.paragraphs.join(' '))
      .split(/(?<=\.) /)
      .find((s) => s.length > 40 && squash(clips.ap.paragraphs.join(' ')).includes(s));
    const lines = page.split('\n');
    const sideBySide = lines.filter((l) => /\S\s{3,}\S/.test(l.trim()) && l.trim().length > 60);
    expect(sideBySide.length).toBeGreaterThan(5);
    if (same) {
      const words = same.split(' ').slice(0, 3).join(' ');
      const line = lines.find((l) => l.includes(words));
      expect(line && line.indexOf(words)).toBeLessThan(line!.length / 2);
      expect(line!.lastIndexOf(words)).toBeGreaterThan(line!.length / 2);
    }
    expect(squash(page)).toMatch(/= Same ~ Changed − Only in A \+ Only in B \d+ \d+ \d+ \d+/i);
    expect(page).toContain('Comparison 1 of 2 · left A: TASS · right B: AP');
  });

  it('breaks a long comparison across pages, naming it at the foot of each', () => {
    const start = pageOf('Puglia replants its olive groves', 3);
    const end = pages.findIndex((p, i) => i >= start && !p.includes('Comparison 2 of 2'));
    const span = (end < 0 ? pages.length : end) - start + 1;
    expect(span).toBeGreaterThan(1);
    for (let i = start; i < start + span; i++) {
      expect(pages[i - 1]).toContain('Comparison 2 of 2');
      // The column header is repeated at the top of each continued page.
      const lines = pages[i - 1]!.split('\n').filter((l) => l.trim());
      const header = /^\s*A · Continental Review\s{10,}B · Southern Post\s*$/;
      const continuesRows = /^\s*[=~−+]\s{2,}\S/.test(lines[1] ?? '') || header.test(lines[1] ?? '');
      if (i > start && continuesRows) expect(lines[1], `A/B header on page ${i}`).toMatch(header);
    }
    const all = squash(pages.slice(start - 1, start - 1 + span).join('\n'));
    expect(all).toContain('a new replanting fund would open next spring');
    expect(all).toContain('great-grandfather');
  });

  it('names the comparisons part and each comparison in the PDF outline', () => {
    const titles = outlineTitles(outPath());
    expect(titles).toContain('Comparisons');
    expect(titles).toContain('Barents rescue: TASS against AP');
    expect(result.pages).toBe(pages.length);
  });

  it('leaves the part out when the spec turns it off', async () => {
    const { html } = await call<{ html: string }>('dossier.preview', {
      collection: 'Barents and Puglia',
      spec: { parts: { comparisons: false } },
      paginate: false,
    });
    expect(html).not.toContain('id="comparison-1"');
    const on = await call<{ html: string }>('dossier.preview', { collection: 'Barents and Puglia', spec: {}, paginate: false });
    expect(on.html).toContain('id="comparison-1"');
    expect(on.html).toContain('<del>');
    expect(on.html).toContain('<ins>');
  });

  it('prints a pasted-markup title as text', async () => {
    const hostile = await call<Collection>('collections.create', { name: 'Hostile' });
    await call('collections.addClips', { id: hostile.id, clipIds: [clips.tass.id] });
    await call('comparisons.add', {
      collectionId: hostile.id,
      a: clips.tass.id,
      b: clips.long.id,
      title: '<script>alert(1)</script> & <b>bold</b>',
    });
    const { html } = await call<{ html: string }>('dossier.preview', { collection: 'Hostile', spec: {}, paginate: false });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>bold');
  });

  it('prints the comparisons in the HTML format too', async () => {
    const out = join(lib.dir, 'comparisons.html');
    await call('dossier.export', { collection: 'Barents and Puglia', spec: {}, outPath: out, format: 'html' });
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Barents rescue: TASS against AP');
    expect(html).toContain('href="#comparison-2"');
  });
});
