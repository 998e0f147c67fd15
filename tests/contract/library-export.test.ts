import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { openLibrary } from '../../electron/core/db/open-library.js';
import { sqliteDatabase } from '../../electron/core/db/sqlite-database.js';
import { writeChunksAtomic } from '../../electron/core/dossier/atomic-write.js';
import { prepareLibraryExport, type ExportScope } from '../../electron/core/transfer/export-library.js';
import type { SavedClip, Clip, ClipPage, SearchResult } from '../../electron/shared/models/clip.js';
import type { Collection, Highlight, Tag } from '../../electron/shared/models/organise.js';
import type { AddedComparison, SavedComparison } from '../../electron/shared/models/saved-comparison.js';
import { tempLibrary } from '../support/temp-library.js';

type Call = <T>(method: string, args: unknown) => Promise<T>;

function caller(core: CoreService): Call {
  return async <T>(method: string, args: unknown) => {
    const r = await core.dispatch(method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
}

async function exportTo(libraryPath: string, out: string, scope: ExportScope = {}): Promise<Record<string, unknown>> {
  const db = sqliteDatabase(openLibrary(libraryPath), { closeConnection: true });
  try {
    await db.readSnapshot(async (snapshot) => writeChunksAtomic(out, (await prepareLibraryExport(snapshot, scope)).chunks));
  } finally {
    await db.close();
  }
  const data = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  delete data.exportedAt;
  return data;
}

const paragraphs = (n: number, topic: string) =>
  Array.from(
    { length: 3 },
    (_, i) =>
      `${topic} report ${n}, paragraph ${i + 1}: the council met on the river bank and the mayor spoke at length about the bridge number ${n * 10 + i}.`,
  );

/** A library with every kind of thing an export must carry. */
async function buildRichLibrary(call: Call) {
  const ids: number[] = [];
  for (let n = 1; n <= 5; n++) {
    const text = paragraphs(n, n % 2 ? 'Dresden' : 'Kyiv').join('\n\n');
    const saved = await call<SavedClip>('clips.create', {
      text,
      draft: {
        title: `Report ${n}`,
        date: n === 4 ? null : `2024-0${n}-1${n}`,
        source: n % 2 ? 'Reuters' : 'AFP',
        byline: ['Ana Ruiz'],
        quotes: [{ speaker: 'Mayor Olga Berg', text: `We will rebuild ${n}` }],
        people: ['Olga Berg'],
      },
    });
    ids.push(saved.id);
  }
  const html = await call<SavedClip>('clips.create', {
    text: '',
    html: '<article><h1>Pasted page</h1><p>A page pasted as HTML with a table of river levels in the flooded old town.</p></article>',
  });
  ids.push(html.id);
  const edited = `${paragraphs(1, 'Dresden').join('\n\n')}\n\nA later paragraph added by the agency in an update to the story, with new figures.`;
  const version = await call<SavedClip>('clips.create', { text: edited, draft: { title: 'Report 1 (updated)' }, versionOf: ids[0] });
  ids.push(version.id);

  await call('tags.apply', { clipIds: [ids[0], ids[1], ids[6]], names: ['region/europe/germany', 'follow-up'] });
  await call('tags.apply', { clipIds: [ids[2]], names: ['Region/Asia'] });
  await call('tags.setColor', { name: 'follow-up', color: '#d1453b' });
  await call('tags.apply', { clipIds: [ids[3]], names: ['unused-soon'] });
  await call('tags.remove', { clipIds: [ids[3]], names: ['unused-soon'] });

  await call<Highlight>('highlights.add', {
    clipId: ids[0],
    exact: 'the council met',
    prefix: 'paragraph 1: ',
    suffix: ' on the river',
    start: 35,
    end: 50,
    color: 'green',
    note: 'Which council?',
  });
  await call<Highlight>('highlights.add', { clipId: ids[1], exact: 'the mayor spoke', start: 70, end: 85 });
  await call('clips.update', {
    id: ids[2],
    fields: { notes: 'Call the desk about this one.\n\nSecond paragraph of the note.', url: 'https://example.org/report-3' },
  });

  const briefs = await call<Collection>('collections.create', { name: 'Briefs', description: 'All the briefs' });
  const ukraine = await call<Collection>('collections.create', {
    name: 'Ukraine',
    parentId: briefs.id,
    description: 'For the **minister**',
  });
  await call<Collection>('collections.create', { name: 'Floods', parentId: briefs.id });
  await call('collections.addClips', { id: ukraine.id, clipIds: [ids[1], ids[3], ids[0], ids[4]] });
  await call('collections.moveClip', { id: ukraine.id, clipId: ids[0], index: 0 });
  await call<Collection>('collections.create', { name: 'Dresden (smart)', query: 'Dresden' });
  // Saved comparisons in two collections, one pair in both, out of creation order, one with a clip put in the trash.
  const compared = await call<Collection>('collections.create', { name: 'Compared' });
  const kyiv = await call<AddedComparison>('comparisons.add', {
    collectionId: ukraine.id,
    a: ids[1],
    b: ids[3],
    title: 'Kyiv: two reports',
  });
  const versions = await call<AddedComparison>('comparisons.add', { collectionId: ukraine.id, a: ids[0], b: ids[6] });
  await call('comparisons.add', { collectionId: ukraine.id, a: ids[4], b: ids[1] });
  await call('comparisons.move', { collectionId: ukraine.id, comparisonId: kyiv.comparison.id, index: 1 });
  await call('comparisons.add', { collectionId: compared.id, a: ids[5], b: ids[2], title: 'Floods *pasted*' });
  await call('comparisons.add', { collectionId: compared.id, a: ids[6], b: ids[0] });
  expect(versions.added).toBe(true);
  await call('clips.trash', { ids: [ids[4]] });
  await call('dossier.saved.save', {
    name: 'Weekly Ukraine',
    collection: 'Briefs/Ukraine',
    spec: { title: 'Ukraine weekly', order: 'date-desc' },
  });
  await call('dossier.saved.save', { name: 'Two clips', clipIds: [ids[2], ids[1]], spec: { title: 'Pair' } });
  return ids;
}

describe('the lossless JSON export', () => {
  const source = tempLibrary('cuttings-export-src-');
  const target = tempLibrary('cuttings-export-dst-');
  let sourceCore: CoreService;
  let targetCore: CoreService;
  let first: Record<string, unknown>;
  let ids: number[];

  beforeAll(async () => {
    sourceCore = createCoreService(source.path);
    ids = await buildRichLibrary(caller(sourceCore));
    first = await exportTo(source.path, join(source.dir, 'first.json'));
    targetCore = createCoreService(target.path);
    const summary = await targetCore.importFiles([join(source.dir, 'first.json')]);
    expect(summary.failed).toEqual([]);
  });

  afterAll(() => {
    sourceCore.close();
    targetCore.close();
    source.remove();
    target.remove();
  });

  it('is versioned and holds every clip with its paste, fields, tags, highlights, notes and trash state', () => {
    expect(first).toMatchObject({ format: 'cuttings-export', version: 2, scope: { collection: null } });
    const clips = first.clips as Record<string, unknown>[];
    expect(clips).toHaveLength(7);
    expect(clips[0]).toMatchObject({
      key: 1,
      title: 'Report 1',
      tags: ['follow-up', 'region/europe/germany'],
      byline: ['Ana Ruiz'],
      quotes: [{ speaker: 'Mayor Olga Berg', text: 'We will rebuild 1' }],
    });
    expect((clips[0]!.highlights as unknown[])[0]).toMatchObject({
      exact: 'the council met',
      prefix: 'paragraph 1: ',
      color: 'green',
      note: 'Which council?',
    });
    expect(clips[0]!.raw).toContain('Dresden report 1, paragraph 1');
    expect(clips[2]).toMatchObject({
      notes: 'Call the desk about this one.\n\nSecond paragraph of the note.',
      url: 'https://example.org/report-3',
    });
    // Oldest first: the fields set at review, where the clipper had read none, then a later correction.
    const reviewed = {
      at: expect.any(String),
      user: expect.any(String),
      via: 'app',
      changes: [
        { field: 'title', before: null, after: 'Report 3' },
        { field: 'date', before: null, after: '2024-03-13' },
        { field: 'source', before: null, after: 'Reuters' },
        { field: 'byline', before: [], after: ['Ana Ruiz'] },
        { field: 'quotes', before: [], after: [{ speaker: 'Mayor Olga Berg', text: 'We will rebuild 3' }] },
        { field: 'people', before: [], after: ['Olga Berg'] },
      ],
    };
    expect(clips[2]!.edits).toEqual([
      reviewed,
      {
        at: expect.any(String),
        user: expect.any(String),
        via: 'app',
        changes: [{ field: 'url', before: null, after: 'https://example.org/report-3' }],
      },
    ]);
    expect(clips[5]!.edits).toEqual([]);
    expect(clips[4]!.deletedAt).toEqual(expect.any(String));
    expect(clips[5]!.rawHtml).toContain('<h1>Pasted page</h1>');
    expect(clips[6]).toMatchObject({ title: 'Report 1 (updated)', versionOf: 1 });
    expect(first.tags).toEqual([
      { name: 'follow-up', color: '#d1453b' },
      { name: 'Region/Asia', color: null },
      { name: 'region/europe/germany', color: null },
      { name: 'unused-soon', color: null },
    ]);
    expect(first.collections).toEqual([
      {
        key: 1,
        parent: null,
        name: 'Briefs',
        description: 'All the briefs',
        query: null,
        createdAt: expect.any(String),
        clips: [],
        comparisons: [],
      },
      {
        key: 2,
        parent: 1,
        name: 'Ukraine',
        description: 'For the **minister**',
        query: null,
        createdAt: expect.any(String),
        clips: [1, 2, 4, 5],
        comparisons: [1, 2, 3],
      },
      { key: 3, parent: 1, name: 'Floods', description: '', query: null, createdAt: expect.any(String), clips: [], comparisons: [] },
      {
        key: 4,
        parent: null,
        name: 'Dresden (smart)',
        description: '',
        query: 'Dresden',
        createdAt: expect.any(String),
        clips: [],
        comparisons: [],
      },
      {
        key: 5,
        parent: null,
        name: 'Compared',
        description: '',
        query: null,
        createdAt: expect.any(String),
        clips: [],
        comparisons: [4, 1],
      },
    ]);
    // Keys follow the collections' order; a pair kept in two collections is written once.
    expect(first.comparisons).toEqual([
      { key: 1, a: 1, b: 7, title: 'Report 1 — Report 1 (updated)', createdAt: expect.any(String) },
      { key: 2, a: 2, b: 4, title: 'Kyiv: two reports', createdAt: expect.any(String) },
      { key: 3, a: 5, b: 2, title: 'Report 5 — Report 2', createdAt: expect.any(String) },
      { key: 4, a: 6, b: 3, title: 'Floods *pasted*', createdAt: expect.any(String) },
    ]);
    expect(first.dossiers).toMatchObject([
      { name: 'Weekly Ukraine', collection: 'Briefs/Ukraine', clips: null, spec: { title: 'Ukraine weekly', order: 'date-desc' } },
      { name: 'Two clips', collection: null, clips: [3, 2] },
    ]);
  });

  it('reads back into an empty library with nothing lost: exporting that library gives the same file', async () => {
    const second = await exportTo(target.path, join(target.dir, 'second.json'));
    expect(second).toEqual(first);
  });

  it('leaves search, tags, collection order, highlights, versions and the trash working in the new library', async () => {
    const call = caller(targetCore);
    const hits = await call<SearchResult>('search.query', { query: 'Kyiv mayor' });
    expect(hits.hits.map((h) => h.title).sort()).toEqual(['Report 2', 'Report 4']);
    const tags = await call<Tag[]>('tags.list', {});
    expect(tags.find((t) => t.name === 'follow-up')).toMatchObject({ color: '#d1453b', count: 3 });
    const ukraine = await call<Collection>('collections.find', { name: 'Briefs/Ukraine' });
    const order = await call<number[]>('collections.clipIds', { id: ukraine.id });
    const titles = await Promise.all(order.map(async (id) => (await call<Clip>('clips.get', { id })).title));
    expect(titles).toEqual(['Report 1', 'Report 2', 'Report 4']);
    const dresden = await call<Collection>('collections.find', { name: 'Dresden (smart)' });
    expect(dresden.query).toBe('Dresden');
    const report1 = (await call<SearchResult>('search.query', { query: '"Report 1"' })).hits.find((h) => h.title === 'Report 1')!;
    const clip = await call<Clip>('clips.get', { id: report1.id });
    expect(clip.highlights).toMatchObject([{ exact: 'the council met', note: 'Which council?', color: 'green' }]);
    expect(clip.versions).toHaveLength(1);
    const trashed = await call<{ items: { title: string }[] }>('clips.list', { trashed: true });
    expect(trashed.items.map((c) => c.title)).toEqual(['Report 5']);
    const preview = await call<{ html: string }>('dossier.preview', { collection: 'Briefs/Ukraine', spec: {} });
    expect(preview.html).toContain('For the <strong>minister</strong>');
  });

  it('keeps saved comparisons in their collections and order, the pair with a trashed clip kept but hidden, as it was', async () => {
    const call = caller(targetCore);
    const titles = async (name: string) => {
      const collection = await call<Collection>('collections.find', { name });
      return (await call<SavedComparison[]>('comparisons.list', { collectionId: collection.id })).map((c) => c.title);
    };
    expect(await titles('Briefs/Ukraine')).toEqual(['Report 1 — Report 1 (updated)', 'Kyiv: two reports']);
    expect(await titles('Compared')).toEqual(['Floods *pasted*', 'Report 1 — Report 1 (updated)']);
    const ukraine = await call<Collection>('collections.find', { name: 'Briefs/Ukraine' });
    const [kept] = await call<SavedComparison[]>('comparisons.list', { collectionId: ukraine.id });
    expect(kept).toMatchObject({ a: { title: 'Report 1' }, b: { title: 'Report 1 (updated)' } });
  });

  it('reuses clips already in the library and merges tags and collections, so a second import adds nothing', async () => {
    const again = await targetCore.importFiles([join(source.dir, 'first.json')]);
    expect(again.exports[0]!.summary).toMatchObject({
      clips: { added: 0, reused: 7 },
      collections: { added: 0, merged: 5 },
      highlights: 0,
      comparisons: 0,
      dossiers: 0,
    });
    const third = await exportTo(target.path, join(target.dir, 'third.json'));
    expect(third).toEqual(first);
  });

  it('exports one collection with its sub-collections, the clips in them and the tags they carry', async () => {
    const part = await exportTo(source.path, join(source.dir, 'ukraine.json'), { collection: 'Briefs' });
    expect(part.scope).toEqual({ collection: 'Briefs' });
    expect((part.collections as { name: string }[]).map((c) => c.name)).toEqual(['Briefs', 'Ukraine', 'Floods']);
    // The updated Report 1 is in no collection there, but a comparison in Ukraine brings it.
    expect((part.clips as { title: string }[]).map((c) => c.title)).toEqual([
      'Report 1',
      'Report 2',
      'Report 4',
      'Report 5',
      'Report 1 (updated)',
    ]);
    expect(part.comparisons).toMatchObject([
      { key: 1, a: 1, b: 5 },
      { key: 2, a: 2, b: 3 },
      { key: 3, a: 4, b: 2 },
    ]);
    expect(part.tags).toEqual([
      { name: 'follow-up', color: '#d1453b' },
      { name: 'region/europe/germany', color: null },
    ]);
    expect(part.dossiers).toMatchObject([{ name: 'Weekly Ukraine', collection: 'Briefs/Ukraine' }]);
    expect(ids).toHaveLength(7);
    // Exported from inside Briefs, Ukraine arrives at the top, and its dossier follows it there.
    const inner = await exportTo(source.path, join(source.dir, 'inner.json'), { collection: 'Briefs/Ukraine' });
    expect(inner.scope).toEqual({ collection: 'Briefs/Ukraine' });
    expect(inner.collections).toMatchObject([{ key: 1, parent: null, name: 'Ukraine', clips: [1, 2, 3, 4], comparisons: [1, 2, 3] }]);
    expect(inner.dossiers).toMatchObject([{ name: 'Weekly Ukraine', collection: 'Ukraine' }]);
  });

  it('links a later version exported alone to its earlier one, imported into the library before', async () => {
    const fresh = tempLibrary('cuttings-export-versions-');
    const core = createCoreService(fresh.path);
    const call = caller(core);
    try {
      await exportTo(source.path, join(fresh.dir, 'earlier.json'), { clipIds: [ids[0]!] });
      const later = await exportTo(source.path, join(fresh.dir, 'later.json'), { clipIds: [ids[6]!] });
      // The file does not hold the earlier version, so it names it by the hashes of its text and paste.
      const [record] = later.clips as Record<string, unknown>[];
      expect(record).toMatchObject({ title: 'Report 1 (updated)', versionOf: null });
      expect(record!.versionOfHashes).toEqual({
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        rawSha256: (first.clips as { rawSha256: string }[])[0]!.rawSha256,
      });

      const earlier = await core.importFiles([join(fresh.dir, 'earlier.json')]);
      const earlierId = (await call<ClipPage>('clips.list', {})).items[0]!.id;
      const summary = await core.importFiles([join(fresh.dir, 'later.json')]);
      expect([earlier.failed, summary.failed]).toEqual([[], []]);
      expect(summary.exports[0]!.summary).toMatchObject({ clips: { added: 1, reused: 0 }, refused: [] });
      const updated = (await call<ClipPage>('clips.list', {})).items.find((c) => c.title === 'Report 1 (updated)')!;
      expect((await call<Clip>('clips.get', { id: updated.id })).earlierVersion?.id).toBe(earlierId);
    } finally {
      core.close();
      fresh.remove();
    }
  });

  it('leaves a version exported alone unlinked, saying nothing is wrong, where its earlier one is not here or not one clip', async () => {
    const fresh = tempLibrary('cuttings-export-unlinked-');
    const core = createCoreService(fresh.path);
    const call = caller(core);
    const purge = async (id: number) => {
      await call('clips.trash', { ids: [id] });
      await call('trash.purge', { ids: [id] });
    };
    const laterIn = async (file: string) => {
      const summary = await core.importFiles([file]);
      expect(summary.failed).toEqual([]);
      expect(summary.exports[0]!.summary.refused).toEqual([]);
      const updated = (await call<ClipPage>('clips.list', {})).items.find((c) => c.title === 'Report 1 (updated)')!;
      const clip = await call<Clip>('clips.get', { id: updated.id });
      await purge(updated.id);
      return clip.earlierVersion?.id ?? null;
    };
    try {
      const file = join(fresh.dir, 'later.json');
      await exportTo(source.path, file, { clipIds: [ids[6]!] });
      const earlier = await caller(sourceCore)<Clip>('clips.get', { id: ids[0]! });
      expect(await laterIn(file)).toBeNull();

      // The same text twice, from the same paste: either could be the one meant.
      const twice = [];
      for (let i = 0; i < 2; i++)
        twice.push(await call<SavedClip>('clips.create', { text: earlier.raw, draft: { paragraphs: earlier.paragraphs } }));
      expect(await laterIn(file)).toBeNull();

      // The same text from another paste is not the clip; the one from the same paste is.
      await purge(twice[1]!.id);
      const other = await call<SavedClip>('clips.create', {
        text: `Copied elsewhere\n\n${earlier.raw}`,
        draft: { paragraphs: earlier.paragraphs },
      });
      expect(other.duplicateOf).toMatchObject({ id: twice[0]!.id, similarity: 1 });
      expect(await laterIn(file)).toBe(twice[0]!.id);

      // Only in the trash, it is not linked to.
      await call('clips.trash', { ids: [twice[0]!.id] });
      await call('clips.trash', { ids: [other.id] });
      expect(await laterIn(file)).toBeNull();
    } finally {
      core.close();
      fresh.remove();
    }
  });

  it('explains a JSON file that is not an export, one from a newer Cuttings and a damaged one', async () => {
    const clips = first.clips as { versionOf: number | null; rawSha256: string }[];
    const hash = clips[0]!.rawSha256;
    // The later version names its earlier one by hashes as well as by key.
    const withHashes = (versionOfHashes: unknown) => clips.map((c) => (c.versionOf === null ? c : { ...c, versionOfHashes }));
    const files = {
      other: JSON.stringify({ name: 'package', version: '1.0.0' }),
      newer: JSON.stringify({ format: 'cuttings-export', version: 3, clips: [] }),
      damaged: JSON.stringify({ ...first, exportedAt: '2026-01-01T00:00:00Z', clips: [{ key: 1 }] }),
      broken: '{"format": "cuttings-export", "version": 1, ',
      pair: JSON.stringify({
        ...first,
        exportedAt: '2026-01-01T00:00:00Z',
        comparisons: (first.comparisons as { key: number }[]).map((c) => (c.key === 1 ? { ...c, b: 99 } : c)),
      }),
      unlisted: JSON.stringify({ ...first, exportedAt: '2026-01-01T00:00:00Z', comparisons: [] }),
      hashes: JSON.stringify({
        ...first,
        exportedAt: '2026-01-01T00:00:00Z',
        clips: withHashes({ contentHash: 'not a hash', rawSha256: hash }),
      }),
      twice: JSON.stringify({ ...first, exportedAt: '2026-01-01T00:00:00Z', clips: withHashes({ contentHash: hash, rawSha256: hash }) }),
    };
    const paths = Object.entries(files).map(([name, text]) => {
      const path = join(target.dir, `${name}.json`);
      writeFileSync(path, text);
      return path;
    });
    const summary = await targetCore.importFiles(paths);
    expect(summary.failed.map((f) => f.reason)).toEqual([
      expect.stringMatching(/other\.json is a JSON file but not a Cuttings export/),
      expect.stringMatching(/newer\.json was made by a newer Cuttings \(export format 3; this one reads up to 2\)\. Update Cuttings/),
      expect.stringMatching(/damaged\.json is a Cuttings export but it is damaged: at clips\.0\.title, /),
      expect.stringMatching(/broken\.json is not valid JSON/),
      expect.stringMatching(
        /pair\.json is a Cuttings export but it is damaged: comparison “Report 1 — Report 1 \(updated\)” is of clip 99, which is not in the file\. Export it again/,
      ),
      expect.stringMatching(
        /unlisted\.json is a Cuttings export but it is damaged: collection Ukraine lists comparison 1, which is not in the file/,
      ),
      expect.stringMatching(
        /hashes\.json is a Cuttings export but it is damaged: at clips\.6\.versionOfHashes\.contentHash, must be a SHA-256/,
      ),
      expect.stringMatching(
        /twice\.json is a Cuttings export but it is damaged: clip 7 names its earlier version both by key and by hashes/,
      ),
    ]);
    expect(summary.added).toBe(0);
  });

  it('takes back everything when a file turns out damaged or cut short part-way through its clips', async () => {
    const fresh = tempLibrary('cuttings-export-cut-');
    const core = createCoreService(fresh.path);
    try {
      const text = readFileSync(join(source.dir, 'first.json'), 'utf8');
      const lines = text.split('\n');
      const cut = join(fresh.dir, 'cut.json');
      writeFileSync(cut, lines.slice(0, lines.length - 5).join('\n'));
      const broken = join(fresh.dir, 'broken-clip.json');
      writeFileSync(broken, text.replace('"title":"Report 5"', '"title":5'));
      const summary = await core.importFiles([cut, broken]);
      expect(summary.failed.map((f) => f.reason)).toEqual([
        expect.stringMatching(/cut\.json is a Cuttings export but it is damaged: it ends before its list of clips does/),
        expect.stringMatching(/broken-clip\.json is a Cuttings export but it is damaged: at clips\.4\.title/),
      ]);
      const info = await caller(core)<{ clipCount: number; trashCount: number }>('library.info', {});
      expect(info.clipCount + info.trashCount).toBe(0);
      expect(await caller(core)<unknown[]>('collections.list', {})).toEqual([]);
    } finally {
      core.close();
      fresh.remove();
    }
  });

  it('reads an export laid out differently (re-indented by another tool) just the same', async () => {
    const fresh = tempLibrary('cuttings-export-pretty-');
    const core = createCoreService(fresh.path);
    try {
      const pretty = join(fresh.dir, 'pretty.json');
      writeFileSync(pretty, JSON.stringify(JSON.parse(readFileSync(join(source.dir, 'first.json'), 'utf8')), null, 4));
      const summary = await core.importFiles([pretty]);
      expect(summary.exports[0]!.summary.clips).toEqual({ added: 7, reused: 0 });
    } finally {
      core.close();
      fresh.remove();
    }
    expect(await exportTo(target.path, join(target.dir, 'fourth.json'))).toEqual(first);
  });
  it('imports an export from before comparisons were exported, and merges comparisons into one that has its own', async () => {
    const fresh = tempLibrary('cuttings-export-old-');
    const core = createCoreService(fresh.path);
    const call = caller(core);
    try {
      const text = readFileSync(join(source.dir, 'first.json'), 'utf8');
      const old = JSON.parse(text) as { comparisons?: unknown; collections: { comparisons?: unknown }[] };
      delete old.comparisons;
      for (const c of old.collections) delete c.comparisons;
      const oldPath = join(fresh.dir, 'old.json');
      writeFileSync(oldPath, JSON.stringify(old, null, 2));
      const before = await core.importFiles([oldPath]);
      expect(before.failed).toEqual([]);
      expect(before.exports[0]!.summary).toMatchObject({ clips: { added: 7, reused: 0 }, comparisons: 0 });
      const compared = await call<Collection>('collections.find', { name: 'Compared' });
      expect(await call<SavedComparison[]>('comparisons.list', { collectionId: compared.id })).toEqual([]);

      // The user keeps one of the file's pairs, the other way round and under their own title.
      const report1 = await call<SearchResult>('search.query', { query: '"Report 1"' });
      const [original, updated] = ['Report 1', 'Report 1 (updated)'].map((t) => report1.hits.find((h) => h.title === t)!.id);
      await call('comparisons.add', { collectionId: compared.id, a: updated, b: original, title: 'Mine' });
      const after = await core.importFiles([join(source.dir, 'first.json')]);
      expect(after.exports[0]!.summary).toMatchObject({ clips: { added: 0, reused: 7 }, comparisons: 4 });
      const list = await call<SavedComparison[]>('comparisons.list', { collectionId: compared.id });
      expect(list.map((c) => c.title)).toEqual(['Mine', 'Floods *pasted*']);
      expect(list[0]).toMatchObject({ a: { id: updated }, b: { id: original } });
      const ukraine = await call<Collection>('collections.find', { name: 'Briefs/Ukraine' });
      expect((await call<SavedComparison[]>('comparisons.list', { collectionId: ukraine.id })).map((c) => c.title)).toEqual([
        'Mine',
        'Kyiv: two reports',
      ]);
    } finally {
      core.close();
      fresh.remove();
    }
  });
});
