import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { findImportFiles } from '../../electron/core/import/find-import-files.js';
import type { Clip, ClipPage } from '../../electron/shared/models/clip.js';
import type { Collection } from '../../electron/shared/models/organise.js';
import type { ImportFileResult } from '../../electron/shared/models/file-import.js';
import { assertCliBuilt, CLI } from '../support/cli.js';
import { ZOTERO_EXPORT_DIR } from '../support/fixtures.js';
import { PdfMaker } from '../support/make-pdf.js';
import { tempLibrary } from '../support/temp-library.js';

const RDF_NAME = 'Press cuttings.rdf';
const PDF_PATH = 'files/16/budget-review.pdf';
const PDF_SENTENCE = 'Spending on harbour works rose by a fifth to pay for the new breakwater and the dredging of the outer basin.';

/** A library's clips, looked up by title, with the collections each is in. */
function libraryView(core: () => CoreService) {
  const call = async <T>(method: string, input: object) =>
    ((await core().dispatch(method as never, input as never)) as { ok: true; value: T }).value;
  const clips = () => call<ClipPage>('clips.list', { limit: 1000 });
  return {
    total: async () => (await clips()).total,
    clip: async (title: string): Promise<Clip> => {
      const found = (await clips()).items.find((c) => c.title === title);
      if (!found) throw new Error(`No clip called ${title}`);
      return call<Clip>('clips.get', { id: found.id });
    },
    collectionPaths: async (clipId: number) => {
      const all = await call<Collection[]>('collections.list', {});
      const byId = new Map(all.map((c) => [c.id, c]));
      const pathOf = (c: Collection): string => (c.parentId === null ? c.name : `${pathOf(byId.get(c.parentId)!)}/${c.name}`);
      const paths: string[] = [];
      for (const c of all) {
        const page = await call<ClipPage>('clips.list', { collectionId: c.id, limit: 1000 });
        if (page.items.some((i) => i.id === clipId)) paths.push(pathOf(c));
      }
      return paths.sort();
    },
  };
}

/** Every file under a folder, by its path inside the folder's parent (as a zip of the folder holds them). */
function zipOf(folder: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else entries[relative(join(folder, '..'), full).split('\\').join('/')] = readFileSync(full);
    }
  };
  walk(folder);
  return zipSync(entries);
}

describe('importing a Zotero RDF export', () => {
  const lib = tempLibrary('cuttings-zotero-');
  const bare = tempLibrary('cuttings-zotero-bare-');
  const exportDir = join(lib.dir, 'Press cuttings');
  let core: CoreService;
  let bareCore: CoreService;
  const view = libraryView(() => core);
  const bareView = libraryView(() => bareCore);

  beforeAll(async () => {
    cpSync(ZOTERO_EXPORT_DIR, exportDir, { recursive: true });
    const maker = new PdfMaker();
    try {
      const pdf = await maker.pdf(
        `<h1>Annual budget review</h1><p>${PDF_SENTENCE}</p><p>The office expects costs to fall next year once the works are finished.</p>`,
      );
      mkdirSync(join(exportDir, 'files/16'), { recursive: true });
      writeFileSync(join(exportDir, PDF_PATH), pdf);
    } finally {
      await maker.close();
    }
    core = createCoreService(lib.path);
    bareCore = createCoreService(bare.path);
  }, 60_000);
  afterAll(() => {
    core.close();
    bareCore.close();
    lib.remove();
    bare.remove();
  });

  it('makes a clip of each item, with Zotero’s metadata, tags, notes and nested collections, text from its snapshot or PDF', async () => {
    const found = findImportFiles([exportDir]);
    expect(found.files).toEqual([join(exportDir, RDF_NAME)]);
    const summary = await core.importFiles(found.files, { folders: found.folders });
    expect(summary.failed).toEqual([]);
    expect(summary.added).toBe(3);

    const ferry = await view.clip('Night ferry service to resume in spring');
    expect(ferry.date).toBe('2024-03-12');
    expect(ferry.source).toBe('The Harbour Gazette');
    expect(ferry.byline).toEqual(['Mara Quill', 'Tomas Ebb']);
    expect(ferry.url).toBe('https://gazette.example.org/2024/03/night-ferry');
    expect([...ferry.tags].sort()).toEqual(['ferries', 'transport']);
    expect(ferry.notes).toBe("Ask the port authority about the winter timetable.\n\nCompare with last year's fares.");
    const ferryText = ferry.paragraphs.join('\n');
    expect(ferryText).toContain('The overnight ferry between the harbour and the northern islands will run again');
    expect(ferryText).toContain('Fares will stay at last year');
    expect(ferryText).not.toMatch(/Subscribe|newsletter/);
    expect(await view.collectionPaths(ferry.id)).toEqual(['Press cuttings/Transport']);

    const lanes = await view.clip('Cycle lanes consultation opens');
    expect(lanes.source).toBe('Riverside Council');
    expect(lanes.byline).toEqual(['Riverside Council press office']);
    expect(lanes.date).toBe('2024-04-02');
    expect(lanes.paragraphs).toEqual([
      'Residents have six weeks to comment on plans for protected cycle lanes along the river road.',
      'The council will publish a summary of the responses in the summer.',
    ]);
    expect([...lanes.tags].sort()).toEqual(['consultations', 'cycling']);
    expect(await view.collectionPaths(lanes.id)).toEqual(['Press cuttings']);

    const budget = await view.clip('Annual budget review');
    expect(budget.source).toBe('Office of Budget Review');
    expect(budget.date).toBe('2024-01-15');
    expect(budget.byline).toEqual(['Ines Ledger']);
    expect(budget.paragraphs.join(' ')).toContain(PDF_SENTENCE);
    expect(await view.collectionPaths(budget.id)).toEqual([]);

    expect(summary.warnings).toEqual([
      {
        file: expect.stringContaining('item 2 of 3: Cycle lanes consultation opens'),
        warning: expect.stringMatching(/^Its abstract was saved as its text: it has no snapshot or PDF in Zotero\./),
      },
    ]);
  });

  it('reads a zip of the export folder the same way', async () => {
    const zip = join(lib.dir, 'zotero-export.zip');
    writeFileSync(zip, zipOf(exportDir));
    const summary = await core.importFiles([zip]);
    expect(summary.failed).toEqual([]);
    expect(summary.duplicates).toHaveLength(3);
  });

  it('without its files/ folder, names the items whose abstract stood in for their text', async () => {
    const lone = join(bare.dir, RDF_NAME);
    cpSync(join(exportDir, RDF_NAME), lone);
    const summary = await bareCore.importFiles([lone]);
    expect(summary.failed).toEqual([]);
    expect(summary.added).toBe(3);
    const warned = summary.warnings.map((w) => `${w.file.replace(/^.* — /, '')} | ${w.warning}`);
    expect(warned).toEqual([
      expect.stringMatching(
        /^item 1 of 3: Night ferry .* \| Its abstract was saved as its text: files\/12\/night-ferry\.html is not in the export\./,
      ),
      expect.stringMatching(/^item 2 of 3: Cycle lanes .* \| Its abstract was saved as its text: it has no snapshot or PDF in Zotero\./),
      expect.stringMatching(
        /^item 3 of 3: Annual budget review \| Its abstract was saved as its text: files\/16\/budget-review\.pdf is not in the export\./,
      ),
    ]);
    const ferry = await bareView.clip('Night ferry service to resume in spring');
    expect(ferry.paragraphs).toEqual(['The operator will restart overnight crossings in April.']);
    expect(ferry.source).toBe('The Harbour Gazette');
  });

  it('the app’s Import takes the .rdf alone and the zip', async () => {
    const results = (
      (await bareCore.dispatch('import.files', {
        files: [
          { name: RDF_NAME, text: readFileSync(join(exportDir, RDF_NAME), 'utf8') },
          { name: 'export.zip', base64: Buffer.from(zipOf(exportDir)).toString('base64') },
        ],
      })) as { ok: true; value: ImportFileResult[] }
    ).value;
    expect(results.map((r) => [r.name.replace(/ — .*/, ''), r.outcome])).toEqual([
      [RDF_NAME, 'duplicate'],
      [RDF_NAME, 'duplicate'],
      [RDF_NAME, 'duplicate'],
      // The whole article beside the abstract clipped before: a new version of the clip at its address.
      ['export.zip', 'version'],
      ['export.zip', 'duplicate'],
      // The report has no address to tie its full text to the abstract clipped before.
      ['export.zip', 'added'],
    ]);
  });

  it('refuses a damaged RDF whole, and fails an item that has no text at all', async () => {
    const before = await bareView.total();
    const rdf = readFileSync(join(exportDir, RDF_NAME), 'utf8');
    const cut = join(bare.dir, 'cut.rdf');
    writeFileSync(cut, rdf.slice(0, rdf.length / 2));
    const damaged = await bareCore.importFiles([cut]);
    expect(damaged.failed).toEqual([
      {
        file: cut,
        reason: expect.stringMatching(/cut\.rdf looks like a Zotero RDF export but cannot be read .*Nothing from it was imported/),
      },
    ]);
    expect(await bareView.total()).toBe(before);

    const noText = join(bare.dir, 'no-text.rdf');
    writeFileSync(
      noText,
      rdf
        .replace('Cycle lanes consultation opens', 'Cycle lanes survey results')
        .replace(/<dcterms:abstract>Residents[\s\S]*?<\/dcterms:abstract>/, ''),
    );
    const summary = await bareCore.importFiles([noText]);
    expect(summary.failed).toEqual([
      {
        file: expect.stringContaining('item 2 of 3: Cycle lanes survey results'),
        reason: expect.stringMatching(
          /^There is no text to clip: it has no snapshot or PDF in Zotero, and it has no abstract\. Export it again/,
        ),
      },
    ]);
  });

  it('names each item on the progress bar, and a cancel keeps the items saved before it', async () => {
    const fresh = tempLibrary('cuttings-zotero-cancel-');
    const other = createCoreService(fresh.path);
    try {
      const controller = new AbortController();
      const named: string[] = [];
      const summary = await other.importFiles([join(exportDir, RDF_NAME)], {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.file.includes(' — ')) named.push(p.file.replace(/^.* — /, ''));
          if (p.file.includes('item 2 of 3')) controller.abort();
        },
      });
      expect(named).toEqual(['item 1 of 3: Night ferry service to resume in spring', 'item 2 of 3: Cycle lanes consultation opens']);
      expect(summary).toMatchObject({ cancelled: true, added: 2, failed: [] });
      expect(await other.dispatch('library.info', {})).toMatchObject({ ok: true, value: { clipCount: 2 } });
    } finally {
      other.close();
      fresh.remove();
    }
  });

  it('the CLI imports the export folder and tells what it used the abstract for', () => {
    assertCliBuilt();
    const cliLib = tempLibrary('cuttings-zotero-cli-');
    try {
      const r = spawnSync(process.execPath, [CLI, 'import', exportDir, '--library', cliLib.path], { encoding: 'utf8' });
      expect(r.stderr).not.toMatch(/Error/);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Added 3 clips');
      expect(r.stdout).toContain('Press cuttings.rdf: 3 articles found, each saved as a clip.');
      expect(r.stdout).toMatch(/note: .*item 2 of 3: Cycle lanes consultation opens: Its abstract was saved as its text/);
      const list = spawnSync(process.execPath, [CLI, 'list', '--json', '--collection', 'Transport', '--library', cliLib.path], {
        encoding: 'utf8',
      });
      expect(list.stdout).toContain('Night ferry service to resume in spring');
    } finally {
      cliLib.remove();
    }
  });
});
