import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import type { DossierExport, SavedDossier } from '../../electron/shared/models/dossier.js';
import type { Clip, SavedClip } from '../../electron/shared/models/clip.js';
import { corpusText, corpusTruth } from '../support/fixtures.js';
import { tempLibrary } from '../support/temp-library.js';
import { pdfFonts, pdfInfo, pdfPages, squash } from './pdf-tools.js';

const CORPUS = ['seed', 'v02_reuters_china_argentina', 'v08_ru_river_museum', 'v09_zh_hangzhou_bridge', 'v10_de_dresden_flood'];

/** Pasted text that tries to be markup: it must print as these very characters. */
const HOSTILE = [
  'Hostile paste for the dossier test',
  '',
  'Plain words then <script>alert(1)</script> in the middle.',
  '',
  'An image <img src=x onerror=alert(2)> that must not load.',
].join('\n');

/** The corpus's checked fields, so the indexes have names and quotes whatever the clipper finds today. */
function groundTruth(name: string) {
  const truth = corpusTruth(name);
  const fields = ['title', 'date', 'dateline', 'source', 'byline', 'language', 'quotes', 'people', 'places', 'organizations'];
  return Object.fromEntries(fields.filter((f) => truth[f] !== undefined).map((f) => [f, truth[f]]));
}

/** How the dossier names a clip: its title, else its opening words. */
function labelStart(clip: Clip): string {
  const text = clip.title ?? clip.paragraphs[0] ?? '';
  return text.slice(0, 22);
}

describe('the PDF dossier', () => {
  const lib = tempLibrary('cuttings-pdf-');
  let core: CoreService;
  const clips: Clip[] = [];
  let result: DossierExport;
  let pages: string[];
  const outPath = () => join(lib.dir, 'brief.pdf');

  async function call<T>(method: string, args: unknown): Promise<T> {
    const r = await core.dispatch(method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  }

  beforeAll(async () => {
    core = createCoreService(lib.path);
    for (const name of CORPUS) {
      // The German clip keeps no title, to show an untitled clip is named by its first words.
      const draft = { ...groundTruth(name), ...(name.startsWith('v10') ? { title: null } : {}) };
      const saved = await call<SavedClip>('clips.create', { text: corpusText(name), draft });
      clips.push(await call<Clip>('clips.get', { id: saved.id }));
    }
    const hostile = await call<SavedClip>('clips.create', {
      text: HOSTILE,
      draft: { title: 'Hostile <b>title</b> & <script>x()</script>' },
    });
    clips.push(await call<Clip>('clips.get', { id: hostile.id }));

    const reuters = clips[1]!;
    await call('clips.update', {
      id: reuters.id,
      fields: {
        url: 'https://www.reuters.com/world/china/a-very-long-address-that-has-to-wrap-inside-the-margins-of-the-page-2023-06-13/',
      },
    });
    await call('tags.apply', { clipIds: [reuters.id], names: ['Trade/China'] });
    const body = reuters.paragraphs.join('\n\n');
    const exact = reuters.paragraphs[1]!.split(' ').slice(0, 6).join(' ');
    const start = body.indexOf(exact);
    await call('highlights.add', {
      clipId: reuters.id,
      exact,
      start,
      end: start + exact.length,
      color: 'green',
      note: 'Worth quoting in the minister’s brief.',
    });

    result = await call<DossierExport>('dossier.export', {
      clipIds: clips.map((c) => c.id),
      spec: { title: 'Weekly cuttings: trade and culture', author: 'Test Author', marking: 'Confidential — internal use' },
      outPath: outPath(),
      format: 'pdf',
    });
    pages = pdfPages(outPath());
  }, 90_000);

  afterAll(() => {
    core.close();
    lib.remove();
  });

  it('writes a PDF whose page count matches the one reported', () => {
    expect(result.path).toBe(outPath());
    expect(result.pages).toBe(pages.length);
    expect(Number(pdfInfo(outPath()).Pages)).toBe(result.pages);
    expect(result.bytes).toBe(readFileSync(outPath()).length);
    expect(readdirSync(lib.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('opens with a cover carrying the title and author', () => {
    expect(squash(pages[0]!)).toContain('Weekly cuttings: trade and culture');
    expect(squash(pages[0]!)).toContain('Test Author');
    const info = pdfInfo(outPath());
    expect(info.Title).toBe('Weekly cuttings: trade and culture');
    expect(info.Author).toBe('Test Author');
    expect(info.Creator).toBe('Cuttings');
  });

  it('lists every clip in the contents with the page its heading really is on', () => {
    const contents = pages[1]!.split('\n');
    for (const clip of clips) {
      const start = labelStart(clip);
      const line = contents.find((l) => squash(l).includes(start));
      expect(line, `contents entry for clip ${clip.id}`).toBeDefined();
      const page = Number(/(\d+)\s*$/.exec(line!)?.[1]);
      expect(page).toBeGreaterThan(2);
      expect(squash(pages[page - 1]!), `clip ${clip.id} heading on page ${page}`).toContain(start);
    }
  });

  it('puts the running header and "page X of Y" on every page after the cover', () => {
    pages.slice(1).forEach((text, i) => {
      expect(text).toContain('CONFIDENTIAL — INTERNAL USE');
      expect(text).toMatch(new RegExp(`page ${i + 2} of ${pages.length}`, 'i'));
    });
    expect(pages[0]).not.toMatch(/page \d+ of/i);
  });

  it('prints Cyrillic and Chinese as extractable text with embedded fonts', () => {
    const all = squash(pages.join('\n'));
    expect(all).toContain('Нижнем Новгороде');
    expect(all).toContain('永宁桥');
    const fonts = pdfFonts(outPath());
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => f.name.includes('NotoSerif-'))).toBe(true);
    expect(fonts.some((f) => f.name.includes('NotoSerifSC'))).toBe(true);
    expect(fonts.some((f) => f.type.includes('Type 3'))).toBe(false);
  });

  it('prints pasted markup as literal text', () => {
    const all = squash(pages.join('\n'));
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('<img src=x onerror=alert(2)>');
    expect(all).toContain('Hostile <b>title</b> & <script>x()</script>');
  });

  it('shows highlights with their numbered notes, tags and the source address', () => {
    const reuters = clips[1]!;
    const page = pages.findIndex((p) => squash(p).includes(labelStart(reuters)) && /Trade\/China/.test(p));
    expect(page).toBeGreaterThan(1);
    const text = squash(pages.slice(page, page + 3).join('\n'));
    expect(text).toContain('Worth quoting in the minister’s brief.');
    expect(text).toContain('https://www.reuters.com/world/china/');
  });

  it('indexes people with the pages where they are mentioned', () => {
    const seedPage = pages.findIndex((p, i) => i > 1 && squash(p).includes(labelStart(clips[0]!))) + 1;
    const index = pages.find((p) => /Index of names/.test(p) && /people/i.test(p));
    expect(index).toBeDefined();
    expect(squash(index!)).toMatch(new RegExp(`Vladimir Putin ${seedPage}\\b`));
  });

  it('heads the table of sources with whole words', () => {
    const sources = pages.find((p) => /^\s*Sources\s*$/m.test(p));
    expect(sources).toBeDefined();
    expect(sources!).toMatch(/OUTLET\s+CLIP\s+PUBLISHED\s+PAGE/);
  });

  it('exports the same dossier as one self-contained HTML file with the markup escaped', async () => {
    const htmlPath = join(lib.dir, 'brief.html');
    const r = await call<DossierExport>('dossier.export', { clipIds: clips.map((c) => c.id), outPath: htmlPath, format: 'html' });
    expect(r.pages).toBeNull();
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toMatch(/<img\b/);
    expect(html).not.toMatch(/src="https?:/);
    expect(html).toContain('href="https://www.reuters.com/world/china/');
  });

  it('refuses an empty dossier, an unwritable path and a trashed clip, writing nothing', async () => {
    const empty = await core.dispatch('dossier.export', { clipIds: [], outPath: join(lib.dir, 'empty.pdf') });
    expect(empty).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('no clips') } });
    const nowhere = await core.dispatch('dossier.export', { clipIds: [clips[0]!.id], outPath: join(lib.dir, 'no/such/folder/x.pdf') });
    expect(nowhere).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('does not exist') } });
    await call('clips.trash', { ids: [clips[5]!.id] });
    const trashed = await core.dispatch('dossier.export', { clipIds: [clips[5]!.id], outPath: join(lib.dir, 't.pdf') });
    expect(trashed).toMatchObject({ ok: false, error: { message: expect.stringContaining('trash') } });
    expect(existsSync(join(lib.dir, 'empty.pdf')) || existsSync(join(lib.dir, 't.pdf'))).toBe(false);
  });

  it('prints a collection in its manual order, its description as the introduction', async () => {
    const briefs = await call<{ id: number }>('collections.create', { name: 'Briefs', description: 'Why these **clips** matter.' });
    await call('collections.addClips', { id: briefs.id, clipIds: [clips[3]!.id, clips[1]!.id] });
    const htmlPath = join(lib.dir, 'briefs.html');
    const r = await call<DossierExport>('dossier.export', { collection: 'briefs', outPath: htmlPath, format: 'html' });
    expect(r.clips).toBe(2);
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).toContain('Why these <strong>clips</strong> matter.');
    expect(html.indexOf(`Cuttings clip ${clips[3]!.id}.`)).toBeLessThan(html.indexOf(`Cuttings clip ${clips[1]!.id}.`));
    await call('collections.create', { name: 'Empty' });
    expect(await core.dispatch('dossier.export', { collection: 'Empty', outPath: join(lib.dir, 'e.pdf') })).toMatchObject({
      ok: false,
      error: { code: 'bad_input', message: expect.stringContaining('has no clips') },
    });
  });

  it('prints the collections inside a collection as sections after its own clips, each clip once', async () => {
    const week = await call<{ id: number }>('collections.create', { name: 'Week' });
    const east = await call<{ id: number }>('collections.create', { name: 'East', parentId: week.id });
    const rivers = await call<{ id: number }>('collections.create', { name: 'Rivers', parentId: east.id });
    await call('collections.create', { name: 'Nothing new', parentId: week.id });
    await call('collections.addClips', { id: week.id, clipIds: [clips[0]!.id] });
    await call('collections.addClips', { id: east.id, clipIds: [clips[0]!.id, clips[3]!.id] });
    await call('collections.addClips', { id: rivers.id, clipIds: [clips[2]!.id] });
    const pdf = join(lib.dir, 'week.pdf');

    expect((await call<DossierExport>('dossier.export', { collection: 'Week', outPath: pdf, format: 'pdf' })).clips).toBe(3);
    const printed = pdfPages(pdf);
    const contents = squash(printed[1]!);
    expect(contents.indexOf('EAST')).toBeGreaterThan(contents.indexOf(labelStart(clips[0]!)));
    expect(contents).not.toContain('NOTHING NEW');
    const east3 = printed.findIndex((p) => /^\s*East\s*$/m.test(p));
    expect(squash(printed[east3]!)).toContain(labelStart(clips[3]!));
    expect(squash(printed[east3]!)).toMatch(/\b2 /);
    const riversPage = printed.find((p) => p.includes('East › Rivers'));
    expect(squash(riversPage!)).toContain(labelStart(clips[2]!));
    expect(printed.filter((p) => squash(p).includes(labelStart(clips[0]!)) && /Source:/.test(p))).toHaveLength(1);

    const md = join(lib.dir, 'week.md');
    await call('dossier.export', { collection: 'Week', outPath: md, format: 'md' });
    expect(readFileSync(md, 'utf8')).toMatch(/## East\n[^]*## 2\. [^]*## East › Rivers\n[^]*## 3\. /);
    const flat = { parts: { sections: false } };
    expect((await call<DossierExport>('dossier.export', { collection: 'Week', outPath: md, format: 'md', spec: flat })).clips).toBe(1);
    expect(readFileSync(md, 'utf8')).not.toContain('## East');
  }, 60_000);

  it('saves export settings to re-run later, with the collection re-read each time', async () => {
    const saved = await call<SavedDossier>('dossier.saved.save', {
      name: 'Monday brief',
      collection: 'Briefs',
      spec: { title: 'Monday', paperSize: 'Letter' },
    });
    expect(saved).toMatchObject({
      name: 'Monday brief',
      collection: 'Briefs',
      clipIds: null,
      spec: { title: 'Monday', paperSize: 'Letter', marking: '' },
    });
    const renamed = await call<SavedDossier>('dossier.saved.save', {
      id: saved.id,
      name: 'Weekly brief',
      collection: 'Briefs',
      spec: saved.spec,
    });
    expect(renamed.id).toBe(saved.id);
    expect((await call<SavedDossier[]>('dossier.saved.list', {})).map((d) => d.name)).toEqual(['Weekly brief']);
    const both = await core.dispatch('dossier.saved.save', { name: 'x', collection: 'Briefs', clipIds: [1] });
    expect(both).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    await call('dossier.saved.delete', { id: saved.id });
    expect(await call('dossier.saved.list', {})).toEqual([]);
  });

  it('can be cancelled, leaving no file behind', async () => {
    const target = join(lib.dir, 'cancelled.pdf');
    const stages: string[] = [];
    core.subscribe(
      (event) =>
        event.type === 'job.progress' && event.kind === 'dossier' && event.jobId === 'test-job' && stages.push(event.progress.stage),
    );
    const running = core.dispatch('dossier.export', { clipIds: [clips[0]!.id], outPath: target, jobId: 'test-job' });
    await vi.waitFor(() => expect(stages).not.toEqual([]));
    expect(await call('dossier.cancel', { jobId: 'test-job' })).toEqual({ cancelled: true });
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled', message: expect.stringContaining('cancelled') } });
    expect(await call('dossier.cancel', { jobId: 'test-job' })).toEqual({ cancelled: false });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(lib.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
