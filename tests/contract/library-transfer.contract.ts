import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip, ClipPage } from '../../electron/shared/models/clip.js';
import type { SavedDossier } from '../../electron/shared/models/dossier.js';
import type { DownloadReady } from '../../electron/shared/models/download.js';
import type { ImportFileResult } from '../../electron/shared/models/file-import.js';
import type { LibraryImportResult } from '../../electron/shared/models/library-import.js';
import type { Collection, Highlight } from '../../electron/shared/models/organise.js';
import type { Connection } from '../support/engine-transports.js';
import { exportedClip, exportedCollection, exportText } from '../support/export-file.js';
import { failed, inProcess, succeeded, type TransportUnderTest } from '../support/transports.js';

const DAY_ONE = [
  'The river Lenne rose two metres in the night and the lower town was cleared by dawn.',
  'Boats took 40 people from roofs.',
];
const DAY_TWO = ['The water fell by noon on the second day; the mayor said the bridge would stay shut.', 'Clearing up began at once.'];
const DAY_THREE = ['Insurers counted the damage on the third day of the floods and put it at four million.'];

/** Another library's export: three flood reports, two of them in "Floods" with a comparison, and a saved dossier of it. */
const FLOODS_EXPORT = exportText({
  clips: [
    exportedClip(1, 'Flood: day one', DAY_ONE, {
      date: '2024-05-02',
      source: 'Valley Post',
      tags: ['floods/lenne'],
      notes: 'Check the figure of 40 with the fire service.',
      highlights: [
        {
          exact: 'Boats took 40 people',
          prefix: '',
          suffix: ' from roofs.',
          start: DAY_ONE[0]!.length + 2,
          end: DAY_ONE[0]!.length + 2 + 'Boats took 40 people'.length,
          color: 'yellow',
          note: 'rescue',
          createdAt: '2024-05-02T10:00:00.000Z',
        },
      ],
    }),
    exportedClip(2, 'Flood: day two', DAY_TWO, { date: '2024-05-03', source: 'Valley Post', tags: ['floods/lenne'] }),
    exportedClip(3, 'Flood damage counted', DAY_THREE, { date: '2024-05-04', source: 'Insurance Daily' }),
  ],
  tags: [{ name: 'floods/lenne', color: '#2f6fd0' }],
  collections: [exportedCollection(1, 'Floods', [2, 1], { description: 'Spring floods on the Lenne.', comparisons: [1] })],
  comparisons: [{ key: 1, a: 1, b: 2, title: 'Day one against day two', createdAt: '2024-05-05T09:00:00.000Z' }],
  dossiers: [
    {
      name: 'Flood brief',
      spec: { title: 'Flood brief' },
      collection: 'Floods',
      clips: null,
      createdAt: '2024-05-05T09:00:00.000Z',
      updatedAt: '2024-05-05T09:00:00.000Z',
    },
  ],
});

/** An export sent as the app sends it: in pieces, then run. */
async function importExport(t: TransportUnderTest, text: string, uploadId: string): Promise<LibraryImportResult> {
  const half = Math.floor(text.length / 2);
  await succeeded(t, 'import.exportChunk', { uploadId, text: text.slice(0, half) });
  await succeeded(t, 'import.exportChunk', { uploadId, text: text.slice(half) });
  return succeeded<LibraryImportResult>(t, 'import.exportRun', { uploadId, name: 'floods.json' });
}

/** Every clip of a library, whole, by title: what a round trip must keep. */
async function clipsByTitle(t: TransportUnderTest): Promise<Map<string, Clip>> {
  const page = await succeeded<ClipPage>(t, 'clips.list', { limit: 500 });
  const clips = await Promise.all(page.items.map((c) => succeeded<Clip>(t, 'clips.get', { id: c.id })));
  return new Map(clips.map((c) => [c.title ?? '', c]));
}

/**
 * What a clip carries from one library to another; ids, collection ids and the row's edit count
 * (the version a save is checked against) are each library's own.
 */
const portable = ({ id: _id, collectionIds: _c, versions: _v, supersededBy: _s, version: _n, highlights, ...clip }: Clip) => ({
  ...clip,
  highlights: highlights.map(({ id: _hid, clipId: _cid, ...h }) => h),
});

/** Dossiers from a collection, saved dossier settings, the lossless export and imports, on whichever library the connections open. */
export function describeLibraryTransfer(connections: readonly Connection[]): void {
  describe.each(connections)('dossiers, exports and imports %s', (_name, connect) => {
    let t: TransportUnderTest;
    let imported: LibraryImportResult;
    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
    const downloadText = async (ready: DownloadReady) => (await t.download(ready.downloadId)).toString('utf8');

    beforeAll(async () => {
      t = await connect();
      imported = await importExport(t, FLOODS_EXPORT, 'floods-upload-1');
    });
    afterAll(async () => t.close());

    it('imports another library’s export with its tags, highlights, notes, collection, comparison and saved dossier', async () => {
      expect(imported.clipCount).toBe(3);
      expect(imported.summary).toMatchObject({
        clips: { added: 3, reused: 0 },
        collections: { added: 1, merged: 0 },
        tags: 1,
        highlights: 1,
        comparisons: 1,
        dossiers: 1,
        refused: [],
        cancelled: false,
      });
      const floods = (await ok<Collection[]>('collections.list', {})).find((c) => c.name === 'Floods');
      expect(floods).toMatchObject({ description: 'Spring floods on the Lenne.', count: 2 });
      const dayOne = (await clipsByTitle(t)).get('Flood: day one')!;
      expect(dayOne).toMatchObject({
        tags: ['floods/lenne'],
        notes: 'Check the figure of 40 with the fire service.',
        source: 'Valley Post',
      });
      expect(dayOne.highlights.map((h: Highlight) => [h.exact, h.note])).toEqual([['Boats took 40 people', 'rescue']]);
      expect((await ok<SavedDossier[]>('dossier.saved.list', {})).map((d) => [d.name, d.collection])).toEqual([['Flood brief', 'Floods']]);
    });

    it('takes the same export again without a second copy of anything', async () => {
      const again = await importExport(t, FLOODS_EXPORT, 'floods-upload-2');
      expect(again.summary).toMatchObject({
        clips: { added: 0, reused: 3 },
        collections: { added: 0, merged: 1 },
        highlights: 0,
        comparisons: 0,
        dossiers: 0,
      });
      expect((await ok<ClipPage>('clips.list', { limit: 50 })).total).toBe(3);
    });

    it('imports a text file as a clip, and says why it refuses a file it cannot read', async () => {
      const results = await ok<ImportFileResult[]>('import.files', {
        files: [
          { name: 'harbour.txt', text: 'Masons finished the harbour wall on Friday, a month early, and the quay opened again.' },
          { name: 'scan.xyz', text: 'nothing' },
        ],
      });
      expect(results[0]).toMatchObject({ name: 'harbour.txt', outcome: 'added' });
      expect(results[1]).toMatchObject({ name: 'scan.xyz', outcome: 'failed', reason: expect.stringMatching(/imports only/) });
      const saved = await ok<Clip>('clips.get', { id: (results[0] as { id: number }).id });
      expect(saved.paragraphs.join(' ')).toContain('Masons finished the harbour wall on Friday');
    });

    it('previews a collection’s dossier in its order, with its description and its comparison', async () => {
      const { html } = await ok<{ html: string }>('dossier.preview', {
        collection: 'Floods',
        spec: { title: 'Flood brief' },
        paginate: false,
      });
      expect(html).toContain('Spring floods on the Lenne.');
      expect(html.indexOf('Flood: day two')).toBeGreaterThan(-1);
      expect(html.indexOf('Flood: day two')).toBeLessThan(html.indexOf('Flood: day one'));
      expect(html).toContain('Day one against day two');
      expect(html).not.toContain('Flood damage counted');
    });

    it('makes Markdown and Word dossiers to download', async () => {
      const md = await ok<DownloadReady>('dossier.download', { collection: 'Floods', spec: { title: 'Flood brief' }, format: 'md' });
      expect(md).toMatchObject({ fileName: 'Flood brief.md', clips: 2 });
      const text = await downloadText(md);
      expect(text).toMatch(/^# Flood brief/m);
      expect(text).toContain('Boats took 40 people');
      const docx = await ok<DownloadReady>('dossier.download', { clipIds: [3], spec: { title: 'Damage' }, format: 'docx' });
      expect(docx).toMatchObject({ fileName: 'Damage.docx', clips: 1 });
      expect((await t.download(docx.downloadId)).subarray(0, 2).toString('latin1')).toBe('PK');
    });

    it('keeps dossier settings: saves, replaces and deletes them', async () => {
      const saved = await ok<SavedDossier>('dossier.saved.save', {
        name: 'Damage only',
        spec: { title: 'Damage', order: 'date-asc' },
        clipIds: [3],
      });
      expect(saved).toMatchObject({ name: 'Damage only', clipIds: [3], collection: null, spec: { title: 'Damage', order: 'date-asc' } });
      const renamed = await ok<SavedDossier>('dossier.saved.save', { id: saved.id, name: 'Damage brief', spec: saved.spec, clipIds: [3] });
      expect(renamed).toMatchObject({ id: saved.id, name: 'Damage brief', createdAt: saved.createdAt });
      expect((await ok<SavedDossier[]>('dossier.saved.list', {})).map((d) => d.name)).toEqual(['Damage brief', 'Flood brief']);
      expect(await ok<SavedDossier>('dossier.saved.delete', { id: saved.id })).toMatchObject({ name: 'Damage brief' });
      expect(await failed(t, 'dossier.saved.delete', { id: saved.id })).toMatchObject({ code: 'not_found' });
    });

    it('refuses a dossier of a clip that is not there, by its id', async () => {
      const error = await failed(t, 'dossier.preview', { clipIds: [1, 9999], spec: { title: 'Missing' } });
      expect(error).toMatchObject({ code: 'not_found', message: expect.stringContaining('9999') });
    });

    it('prints the collections inside a collection as sections, from the collection or from the builder’s sections', async () => {
      const titled = await clipsByTitle(t);
      const [dayOne, damage] = [titled.get('Flood: day one')!.id, titled.get('Flood damage counted')!.id];
      const desk = await ok<Collection>('collections.create', { name: 'River desk' });
      const inside = await ok<Collection>('collections.create', { name: 'Damage', parentId: desk.id });
      await ok('collections.addClips', { id: desk.id, clipIds: [dayOne] });
      await ok('collections.addClips', { id: inside.id, clipIds: [damage, dayOne] });
      const heading = '<h1 class="section-title" id="section-1">Damage</h1>';

      const { html } = await ok<{ html: string }>('dossier.preview', { collection: 'River desk', spec: {}, paginate: false });
      expect(html).toContain(heading);
      const clipHeading = (title: string) => html.indexOf(`<h2 class="clip-title">${title}</h2>`);
      expect(clipHeading('Flood: day one')).toBeGreaterThan(-1);
      expect(clipHeading('Flood: day one')).toBeLessThan(html.indexOf(heading));
      expect(html.indexOf(heading)).toBeLessThan(clipHeading('Flood damage counted'));
      const built = await ok<{ html: string }>('dossier.preview', {
        clipIds: [dayOne],
        sections: [{ title: 'Damage', clipIds: [damage] }],
        spec: {},
        paginate: false,
      });
      expect(built.html).toContain(heading);
      const unticked = await ok<{ html: string }>('dossier.preview', {
        collection: 'River desk',
        spec: { parts: { sections: false } },
        paginate: false,
      });
      expect(unticked.html).not.toContain('Flood damage counted');
    });

    it('exports one collection with its comparison and dossier, the clips a day apart in capture order', async () => {
      const ready = await ok<DownloadReady>('library.export', { collection: 'Floods' });
      expect(ready).toMatchObject({ fileName: 'Floods.json', clips: 2 });
      const file = JSON.parse(await downloadText(ready)) as {
        scope: unknown;
        clips: { key: number; title: string }[];
        collections: { name: string; clips: number[]; comparisons: number[] }[];
        comparisons: { title: string }[];
        dossiers: { name: string }[];
      };
      expect(file.scope).toEqual({ collection: 'Floods' });
      expect(file.clips.map((c) => c.title)).toEqual(['Flood: day one', 'Flood: day two']);
      expect(file.collections).toMatchObject([{ name: 'Floods', clips: [2, 1], comparisons: [1] }]);
      expect(file.comparisons.map((c) => c.title)).toEqual(['Day one against day two']);
      expect(file.dossiers.map((d) => d.name)).toEqual(['Flood brief']);
    });

    it('exports the whole library and a personal library imports it with the same clips', async () => {
      const ready = await ok<DownloadReady>('library.export', {});
      const personal = inProcess();
      try {
        const result = await importExport(personal, await downloadText(ready), 'round-trip-1');
        expect(result.summary).toMatchObject({ clips: { added: 4, reused: 0 }, comparisons: 1, dossiers: 1, refused: [] });
        const [here, there] = [await clipsByTitle(t), await clipsByTitle(personal)];
        expect([...there.keys()].sort()).toEqual([...here.keys()].sort());
        for (const [title, clip] of here) expect(portable(there.get(title)!), title).toEqual(portable(clip));
        const floods = (await succeeded<Collection[]>(personal, 'collections.list', {})).find((c) => c.name === 'Floods');
        expect(floods).toMatchObject({ count: 2, description: 'Spring floods on the Lenne.' });
      } finally {
        await personal.close();
      }
    });
  });
}
